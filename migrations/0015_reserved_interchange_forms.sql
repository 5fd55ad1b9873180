-- Reserved: hand-written SQL matching schema.ts changes goes here; squashed into one drizzle-kit migration before landing.
SELECT 1;
