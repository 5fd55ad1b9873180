ALTER TABLE "codings" ADD COLUMN "text" text;--> statement-breakpoint
-- Backfill: the snapshot of every existing coding from its document's working text (substring counts code points in UTF8).
UPDATE "codings" c SET "text" = substring(d."text" from c."start" + 1 for c."end" - c."start") FROM "documents" d WHERE d."id" = c."document_id";
