CREATE TABLE "document_passages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian', "text")) STORED,
	CONSTRAINT "document_passages_range" CHECK ("document_passages"."start" >= 0 and "document_passages"."end" > "document_passages"."start")
);
--> statement-breakpoint
ALTER TABLE "document_passages" ADD CONSTRAINT "document_passages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_passages" ADD CONSTRAINT "document_passages_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_passages_document_start_idx" ON "document_passages" USING btree ("document_id","start");--> statement-breakpoint
CREATE INDEX "document_passages_programme_idx" ON "document_passages" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "document_passages_search_idx" ON "document_passages" USING gin ("search");--> statement-breakpoint
-- Backfill for documents that exist already: one passage per speaker turn (tiling the text; the app's
-- rebuildPassages also cuts long turns at sentence boundaries when a document is next re-cut).
INSERT INTO "document_passages" ("document_id", "programme_id", "ordinal", "start", "end", "text")
SELECT d."id", d."programme_id", b.n - 1, b.s, b.e, substring(d."text" from b.s + 1 for b.e - b.s)
FROM "documents" d
CROSS JOIN LATERAL (
  SELECT x.s, coalesce(lead(x.s) OVER (ORDER BY x.s), char_length(d."text")) AS e, row_number() OVER (ORDER BY x.s) AS n
  FROM (
    SELECT 0 AS s
    UNION
    SELECT (t->>'start')::int FROM jsonb_array_elements(d."turns") t
    WHERE (t->>'start') ~ '^[0-9]+$' AND (t->>'start')::int > 0 AND (t->>'start')::int < char_length(d."text")
  ) x
) b
WHERE char_length(d."text") > 0;
