CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"access" text NOT NULL,
	"programme_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ethics_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"committee" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"decided_on" date,
	"conditions" text DEFAULT '' NOT NULL,
	"covers" text[] DEFAULT '{}'::text[] NOT NULL,
	"document_name" text,
	"document" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ethics_requirements" (
	"programme_id" uuid NOT NULL,
	"collection" text NOT NULL,
	CONSTRAINT "ethics_requirements_programme_id_collection_pk" PRIMARY KEY("programme_id","collection")
);
--> statement-breakpoint
CREATE TABLE "refi_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"local_id" uuid NOT NULL,
	"guid" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_walk_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_dissemination_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"planned_on" date,
	"owner_user_id" uuid,
	"owner_role" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"with_participants" boolean DEFAULT false NOT NULL,
	"products" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_evaluation_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"analyses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_question_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_public_summaries" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"text_nb" text DEFAULT '' NOT NULL,
	"text_nn" text DEFAULT '' NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_report_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"file_name" text,
	"file_bytes" "bytea",
	"error_key" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reports_report_quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"coding_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"picked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_report_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"question_id" uuid,
	"position" integer NOT NULL,
	"document_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_reports" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"language" text DEFAULT 'nb' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "link_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "link_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ethics_approvals" ADD CONSTRAINT "ethics_approvals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ethics_requirements" ADD CONSTRAINT "ethics_requirements_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refi_identities" ADD CONSTRAINT "refi_identities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_walk_ins" ADD CONSTRAINT "activity_walk_ins_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_walk_ins" ADD CONSTRAINT "activity_walk_ins_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_dissemination_items" ADD CONSTRAINT "reports_dissemination_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_dissemination_items" ADD CONSTRAINT "reports_dissemination_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_evaluation_questions" ADD CONSTRAINT "reports_evaluation_questions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_evaluation_questions" ADD CONSTRAINT "reports_evaluation_questions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_question_status_changes" ADD CONSTRAINT "reports_question_status_changes_question_id_reports_evaluation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."reports_evaluation_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_question_status_changes" ADD CONSTRAINT "reports_question_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_public_summaries" ADD CONSTRAINT "reports_public_summaries_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_public_summaries" ADD CONSTRAINT "reports_public_summaries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_exports" ADD CONSTRAINT "reports_report_exports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_exports" ADD CONSTRAINT "reports_report_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_quotes" ADD CONSTRAINT "reports_report_quotes_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_quotes" ADD CONSTRAINT "reports_report_quotes_section_id_reports_report_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."reports_report_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_quotes" ADD CONSTRAINT "reports_report_quotes_coding_id_codings_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."codings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_quotes" ADD CONSTRAINT "reports_report_quotes_picked_by_users_id_fk" FOREIGN KEY ("picked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_sections" ADD CONSTRAINT "reports_report_sections_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_sections" ADD CONSTRAINT "reports_report_sections_question_id_reports_evaluation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."reports_evaluation_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_report_sections" ADD CONSTRAINT "reports_report_sections_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_reports" ADD CONSTRAINT "reports_reports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_reports" ADD CONSTRAINT "reports_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ethics_approvals_programme_idx" ON "ethics_approvals" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refi_identities_local_idx" ON "refi_identities" USING btree ("programme_id","kind","local_id");--> statement-breakpoint
CREATE INDEX "refi_identities_guid_idx" ON "refi_identities" USING btree ("programme_id","guid");--> statement-breakpoint
CREATE INDEX "activity_walk_ins_activity_idx" ON "activity_walk_ins" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "reports_dissemination_items_programme_idx" ON "reports_dissemination_items" USING btree ("programme_id","planned_on");--> statement-breakpoint
CREATE INDEX "reports_evaluation_questions_programme_idx" ON "reports_evaluation_questions" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "reports_question_status_changes_question_idx" ON "reports_question_status_changes" USING btree ("question_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_public_summaries_slug_uq" ON "reports_public_summaries" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "reports_report_exports_programme_idx" ON "reports_report_exports" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_report_exports_status_idx" ON "reports_report_exports" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_report_quotes_section_coding_uq" ON "reports_report_quotes" USING btree ("section_id","coding_id");--> statement-breakpoint
CREATE INDEX "reports_report_sections_programme_idx" ON "reports_report_sections" USING btree ("programme_id","position");