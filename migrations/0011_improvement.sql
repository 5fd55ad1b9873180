-- Placeholder, filled by the improvement work; squashed with drizzle-kit before landing.
SELECT 1;
