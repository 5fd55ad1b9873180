-- Placeholder, filled by the reports work; squashed with drizzle-kit before landing.
SELECT 1;
