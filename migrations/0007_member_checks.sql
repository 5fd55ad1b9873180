CREATE TABLE "member_check_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_check_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "member_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_check_responses" ADD CONSTRAINT "member_check_responses_member_check_id_member_checks_id_fk" FOREIGN KEY ("member_check_id") REFERENCES "public"."member_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_check_responses" ADD CONSTRAINT "member_check_responses_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_checks" ADD CONSTRAINT "member_checks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_checks" ADD CONSTRAINT "member_checks_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_checks" ADD CONSTRAINT "member_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_check_responses_check_participant_idx" ON "member_check_responses" USING btree ("member_check_id","participant_id");--> statement-breakpoint
CREATE INDEX "member_check_responses_participant_idx" ON "member_check_responses" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "member_checks_document_idx" ON "member_checks" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "member_checks_programme_idx" ON "member_checks" USING btree ("programme_id");