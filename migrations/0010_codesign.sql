-- Placeholder, filled by the codesign work; squashed with drizzle-kit before landing.
SELECT 1;
