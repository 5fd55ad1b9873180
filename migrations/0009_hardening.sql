-- Placeholder, filled by the hardening work; squashed with drizzle-kit before landing.
SELECT 1;
--> statement-breakpoint
-- H3 rate limits (src/modules/ratelimits/schema.ts): counters shared by every app process.
CREATE TABLE "rate_limit_buckets" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_buckets_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_expires_idx" ON "rate_limit_buckets" USING btree ("expires_at");
-- end H3 rate limits
--> statement-breakpoint
-- H2 withdrawal search (src/modules/privacy/schema.ts): the coordinator's to-do list of free-text hits.
CREATE TABLE "withdrawal_text_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"withdrawal_id" uuid NOT NULL,
	"source_key" text NOT NULL,
	"row_id" text NOT NULL,
	"detail" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text_digest" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "withdrawal_text_hits_programme_idx" ON "withdrawal_text_hits" USING btree ("programme_id","status");--> statement-breakpoint
CREATE INDEX "withdrawal_text_hits_withdrawal_idx" ON "withdrawal_text_hits" USING btree ("withdrawal_id");
-- end H2 withdrawal search
--> statement-breakpoint
-- H4 e-mail after commit (src/modules/mail/schema.ts): the outbox with each invitee's delivery status.
CREATE TABLE "mail_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"invitation_id" uuid,
	"survey_invitation_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_survey_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("survey_invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_deliveries_due_idx" ON "mail_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_deliveries_invitation_idx" ON "mail_deliveries" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_survey_invitation_idx" ON "mail_deliveries" USING btree ("survey_invitation_id");--> statement-breakpoint
-- member-check e-mails through the outbox (verification of issue 11 item 10)
ALTER TABLE "mail_deliveries" ADD COLUMN "member_check_response_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_member_check_response_id_member_check_responses_id_fk" FOREIGN KEY ("member_check_response_id") REFERENCES "public"."member_check_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_deliveries_member_check_response_idx" ON "mail_deliveries" USING btree ("member_check_response_id");
-- end H4 e-mail after commit
