-- Placeholder, filled by the hardening work; squashed with drizzle-kit before landing.
SELECT 1;
