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
CREATE TABLE "mail_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"invitation_id" uuid,
	"survey_invitation_id" uuid,
	"member_check_response_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_harvests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"gathering" integer,
	"table_label" text DEFAULT '' NOT NULL,
	"round" integer,
	"question" text DEFAULT '' NOT NULL,
	"host" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"value_type" text NOT NULL,
	"numerator" text DEFAULT '' NOT NULL,
	"denominator" text DEFAULT '' NOT NULL,
	"frequency" text DEFAULT 'month' NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"goal" double precision,
	"counts_participants" boolean DEFAULT false NOT NULL,
	"chart" text DEFAULT 'run' NOT NULL,
	"baseline_points" integer,
	"parts" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"signals" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_measure_documents" (
	"measure_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" uuid,
	CONSTRAINT "improvement_measure_documents_measure_id_document_id_pk" PRIMARY KEY("measure_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "improvement_measure_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" date NOT NULL,
	"value" double precision NOT NULL,
	"denominator" double precision,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_measurements_denominator_positive" CHECK ("improvement_measurements"."denominator" is null or "improvement_measurements"."denominator" > 0)
);
--> statement-breakpoint
CREATE TABLE "improvement_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"aim" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'idea' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"chime" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_areas" text DEFAULT '' NOT NULL,
	"user_involvement" text DEFAULT 'informed' NOT NULL,
	"shared" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_pdsa_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"plan" text NOT NULL,
	"prediction" text DEFAULT '' NOT NULL,
	"do_notes" text DEFAULT '' NOT NULL,
	"study" text DEFAULT '' NOT NULL,
	"act" text DEFAULT '' NOT NULL,
	"decision" text,
	"starts_on" date NOT NULL,
	"studied_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_progress_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"gathering" integer NOT NULL,
	"score" double precision NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_progress_scores_range" CHECK ("improvement_progress_scores"."score" >= 0.5 and "improvement_progress_scores"."score" <= 5 and "improvement_progress_scores"."score" * 2 = round("improvement_progress_scores"."score" * 2))
);
--> statement-breakpoint
CREATE TABLE "improvement_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"template_key" text NOT NULL,
	"ordinal" integer NOT NULL,
	"survey_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_task_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"task_key" text NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_team_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"anchoring" text DEFAULT '' NOT NULL,
	"composition" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_journey_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_target_area_quotes" (
	"target_area_id" uuid NOT NULL,
	"coding_id" uuid NOT NULL,
	CONSTRAINT "codesign_target_area_quotes_target_area_id_coding_id_pk" PRIMARY KEY("target_area_id","coding_id")
);
--> statement-breakpoint
CREATE TABLE "codesign_target_area_touchpoints" (
	"target_area_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	CONSTRAINT "codesign_target_area_touchpoints_target_area_id_touchpoint_id_pk" PRIMARY KEY("target_area_id","touchpoint_id")
);
--> statement-breakpoint
CREATE TABLE "codesign_target_area_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_area_id" uuid NOT NULL,
	"board_item_id" uuid,
	"activity_id" uuid,
	"label" text NOT NULL,
	"tally" jsonb NOT NULL,
	"rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_target_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"activity_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_touchpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid,
	"document_id" uuid NOT NULL,
	"coding_id" uuid NOT NULL,
	"participant_id" uuid,
	"stage_id" uuid NOT NULL,
	"role" text NOT NULL,
	"valence" integer NOT NULL,
	"emotion" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codesign_touchpoints_valence" CHECK ("codesign_touchpoints"."valence" between -2 and 2)
);
--> statement-breakpoint
CREATE TABLE "codesign_trigger_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"touchpoint_id" uuid,
	"coding_id" uuid,
	"caption" text DEFAULT '' NOT NULL,
	CONSTRAINT "codesign_trigger_items_one_source" CHECK (("codesign_trigger_items"."touchpoint_id" is not null) <> ("codesign_trigger_items"."coding_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "codesign_trigger_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"title" text NOT NULL,
	"film_url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ref_id" uuid,
	"status" text DEFAULT 'shown' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"voter_id" uuid,
	"author_role" text,
	"source_board_id" uuid,
	"carried" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_items_label_length" CHECK (char_length("board_items"."label") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "board_voters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"role" text NOT NULL,
	"participant_id" uuid,
	"token_hash" text NOT NULL,
	"language" text DEFAULT 'nb' NOT NULL,
	"voted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"value" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_votes_value_positive" CHECK ("board_votes"."value" >= 1)
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"municipality_id" uuid,
	"title" text NOT NULL,
	"purpose" text DEFAULT 'prioritise' NOT NULL,
	"mode" text NOT NULL,
	"identity" text DEFAULT 'anonymous' NOT NULL,
	"role" text,
	"dots_per_person" integer DEFAULT 5 NOT NULL,
	"max_dots_per_item" integer DEFAULT 1 NOT NULL,
	"allow_ideas" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"join_code" text NOT NULL,
	"code_expires_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"document_id" uuid,
	"created_by" uuid,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "boards_dots_range" CHECK ("boards"."dots_per_person" between 1 and 50 and "boards"."max_dots_per_item" between 1 and "boards"."dots_per_person")
);
--> statement-breakpoint
CREATE TABLE "authored_document_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"passage" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"participant_id" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authored_document_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authored_document_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"version_number" integer NOT NULL,
	"actor_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authored_document_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"passage" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"participant_id" uuid,
	"state" text DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"result_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authored_document_suggestions_passage" CHECK (length("authored_document_suggestions"."passage") > 0)
);
--> statement-breakpoint
CREATE TABLE "authored_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"file_name" text,
	"file_type" text,
	"file_bytes" "bytea",
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authored_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"form" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"locked_by" uuid,
	"locked_at" timestamp with time zone,
	"lock_expires_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_course_holders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"participant_id" uuid,
	"user_id" uuid,
	"trained_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codesign_course_holders_one_kind" CHECK (("codesign_course_holders"."user_id" is null) <> ("codesign_course_holders"."participant_id" is null))
);
--> statement-breakpoint
CREATE TABLE "codesign_course_module_target_areas" (
	"module_id" uuid NOT NULL,
	"target_area_id" uuid NOT NULL,
	CONSTRAINT "codesign_course_module_target_areas_module_id_target_area_id_pk" PRIMARY KEY("module_id","target_area_id")
);
--> statement-breakpoint
CREATE TABLE "codesign_course_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"aims" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_group_workshops" (
	"codesign_group_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	CONSTRAINT "codesign_group_workshops_codesign_group_id_activity_id_pk" PRIMARY KEY("codesign_group_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "codesign_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"target_area_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codesign_workshop_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"codesign_group_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"image" "bytea",
	"image_type" text,
	"participant_id" uuid,
	"contributor_role" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_buckets_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_text_hits" ADD CONSTRAINT "withdrawal_text_hits_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_survey_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("survey_invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_member_check_response_id_member_check_responses_id_fk" FOREIGN KEY ("member_check_response_id") REFERENCES "public"."member_check_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_indicators" ADD CONSTRAINT "improvement_indicators_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_kinds" ADD CONSTRAINT "improvement_measure_kinds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measurements" ADD CONSTRAINT "improvement_measurements_indicator_id_improvement_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."improvement_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measurements" ADD CONSTRAINT "improvement_measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measures" ADD CONSTRAINT "improvement_measures_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measures" ADD CONSTRAINT "improvement_measures_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_pdsa_cycles" ADD CONSTRAINT "improvement_pdsa_cycles_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_progress_scores" ADD CONSTRAINT "improvement_progress_scores_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_progress_scores" ADD CONSTRAINT "improvement_progress_scores_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_team_plans" ADD CONSTRAINT "improvement_team_plans_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_team_plans" ADD CONSTRAINT "improvement_team_plans_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_journey_stages" ADD CONSTRAINT "codesign_journey_stages_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_quotes" ADD CONSTRAINT "codesign_target_area_quotes_target_area_id_codesign_target_areas_id_fk" FOREIGN KEY ("target_area_id") REFERENCES "public"."codesign_target_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_quotes" ADD CONSTRAINT "codesign_target_area_quotes_coding_id_codings_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."codings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_touchpoints" ADD CONSTRAINT "codesign_target_area_touchpoints_target_area_id_codesign_target_areas_id_fk" FOREIGN KEY ("target_area_id") REFERENCES "public"."codesign_target_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_touchpoints" ADD CONSTRAINT "codesign_target_area_touchpoints_touchpoint_id_codesign_touchpoints_id_fk" FOREIGN KEY ("touchpoint_id") REFERENCES "public"."codesign_touchpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_votes" ADD CONSTRAINT "codesign_target_area_votes_target_area_id_codesign_target_areas_id_fk" FOREIGN KEY ("target_area_id") REFERENCES "public"."codesign_target_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_area_votes" ADD CONSTRAINT "codesign_target_area_votes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_areas" ADD CONSTRAINT "codesign_target_areas_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_areas" ADD CONSTRAINT "codesign_target_areas_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_areas" ADD CONSTRAINT "codesign_target_areas_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_target_areas" ADD CONSTRAINT "codesign_target_areas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_coding_id_codings_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."codings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_stage_id_codesign_journey_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."codesign_journey_stages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_touchpoints" ADD CONSTRAINT "codesign_touchpoints_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_items" ADD CONSTRAINT "codesign_trigger_items_set_id_codesign_trigger_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."codesign_trigger_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_items" ADD CONSTRAINT "codesign_trigger_items_touchpoint_id_codesign_touchpoints_id_fk" FOREIGN KEY ("touchpoint_id") REFERENCES "public"."codesign_touchpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_items" ADD CONSTRAINT "codesign_trigger_items_coding_id_codings_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."codings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_sets" ADD CONSTRAINT "codesign_trigger_sets_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_sets" ADD CONSTRAINT "codesign_trigger_sets_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_trigger_sets" ADD CONSTRAINT "codesign_trigger_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_items" ADD CONSTRAINT "board_items_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_items" ADD CONSTRAINT "board_items_voter_id_board_voters_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."board_voters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_items" ADD CONSTRAINT "board_items_source_board_id_boards_id_fk" FOREIGN KEY ("source_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_voters" ADD CONSTRAINT "board_voters_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_voters" ADD CONSTRAINT "board_voters_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_voter_id_board_voters_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."board_voters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_item_id_board_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."board_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_comments" ADD CONSTRAINT "authored_document_comments_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_comments" ADD CONSTRAINT "authored_document_comments_version_id_authored_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."authored_document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_comments" ADD CONSTRAINT "authored_document_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_comments" ADD CONSTRAINT "authored_document_comments_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_images" ADD CONSTRAINT "authored_document_images_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_images" ADD CONSTRAINT "authored_document_images_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_status_changes" ADD CONSTRAINT "authored_document_status_changes_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_status_changes" ADD CONSTRAINT "authored_document_status_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_version_id_authored_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."authored_document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_suggestions" ADD CONSTRAINT "authored_document_suggestions_result_version_id_authored_document_versions_id_fk" FOREIGN KEY ("result_version_id") REFERENCES "public"."authored_document_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_versions" ADD CONSTRAINT "authored_document_versions_document_id_authored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."authored_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_document_versions" ADD CONSTRAINT "authored_document_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_documents" ADD CONSTRAINT "authored_documents_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_documents" ADD CONSTRAINT "authored_documents_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_documents" ADD CONSTRAINT "authored_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_holders" ADD CONSTRAINT "codesign_course_holders_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_holders" ADD CONSTRAINT "codesign_course_holders_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_holders" ADD CONSTRAINT "codesign_course_holders_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_holders" ADD CONSTRAINT "codesign_course_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_module_target_areas" ADD CONSTRAINT "codesign_course_module_target_areas_module_id_codesign_course_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."codesign_course_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_module_target_areas" ADD CONSTRAINT "codesign_course_module_target_areas_target_area_id_codesign_target_areas_id_fk" FOREIGN KEY ("target_area_id") REFERENCES "public"."codesign_target_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_modules" ADD CONSTRAINT "codesign_course_modules_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_course_modules" ADD CONSTRAINT "codesign_course_modules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_group_workshops" ADD CONSTRAINT "codesign_group_workshops_codesign_group_id_codesign_groups_id_fk" FOREIGN KEY ("codesign_group_id") REFERENCES "public"."codesign_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_group_workshops" ADD CONSTRAINT "codesign_group_workshops_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_groups" ADD CONSTRAINT "codesign_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_groups" ADD CONSTRAINT "codesign_groups_target_area_id_codesign_target_areas_id_fk" FOREIGN KEY ("target_area_id") REFERENCES "public"."codesign_target_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_groups" ADD CONSTRAINT "codesign_groups_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_workshop_items" ADD CONSTRAINT "codesign_workshop_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_workshop_items" ADD CONSTRAINT "codesign_workshop_items_codesign_group_id_codesign_groups_id_fk" FOREIGN KEY ("codesign_group_id") REFERENCES "public"."codesign_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_workshop_items" ADD CONSTRAINT "codesign_workshop_items_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_workshop_items" ADD CONSTRAINT "codesign_workshop_items_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codesign_workshop_items" ADD CONSTRAINT "codesign_workshop_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "withdrawal_text_hits_programme_idx" ON "withdrawal_text_hits" USING btree ("programme_id","status");--> statement-breakpoint
CREATE INDEX "withdrawal_text_hits_withdrawal_idx" ON "withdrawal_text_hits" USING btree ("withdrawal_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_due_idx" ON "mail_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_deliveries_invitation_idx" ON "mail_deliveries" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_survey_invitation_idx" ON "mail_deliveries" USING btree ("survey_invitation_id");--> statement-breakpoint
CREATE INDEX "mail_deliveries_member_check_response_idx" ON "mail_deliveries" USING btree ("member_check_response_id");--> statement-breakpoint
CREATE INDEX "improvement_harvests_programme_idx" ON "improvement_harvests" USING btree ("programme_id","gathering");--> statement-breakpoint
CREATE INDEX "improvement_indicators_measure_idx" ON "improvement_indicators" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "improvement_measure_documents_document_idx" ON "improvement_measure_documents" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_measure_kinds_key" ON "improvement_measure_kinds" USING btree ("programme_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_measurements_period_key" ON "improvement_measurements" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE INDEX "improvement_measures_programme_idx" ON "improvement_measures" USING btree ("programme_id","municipality_id");--> statement-breakpoint
CREATE INDEX "improvement_pdsa_cycles_measure_idx" ON "improvement_pdsa_cycles" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_progress_scores_key" ON "improvement_progress_scores" USING btree ("municipality_id","gathering");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_rounds_ordinal_key" ON "improvement_rounds" USING btree ("municipality_id","template_key","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_task_checks_key" ON "improvement_task_checks" USING btree ("municipality_id","task_key");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_team_plans_municipality_key" ON "improvement_team_plans" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codesign_journey_stages_programme_key" ON "codesign_journey_stages" USING btree ("programme_id","key");--> statement-breakpoint
CREATE INDEX "codesign_target_area_quotes_coding_idx" ON "codesign_target_area_quotes" USING btree ("coding_id");--> statement-breakpoint
CREATE INDEX "codesign_target_area_touchpoints_touchpoint_idx" ON "codesign_target_area_touchpoints" USING btree ("touchpoint_id");--> statement-breakpoint
CREATE INDEX "codesign_target_area_votes_area_idx" ON "codesign_target_area_votes" USING btree ("target_area_id");--> statement-breakpoint
CREATE INDEX "codesign_target_area_votes_item_idx" ON "codesign_target_area_votes" USING btree ("board_item_id");--> statement-breakpoint
CREATE INDEX "codesign_target_areas_programme_idx" ON "codesign_target_areas" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codesign_touchpoints_coding_key" ON "codesign_touchpoints" USING btree ("coding_id");--> statement-breakpoint
CREATE INDEX "codesign_touchpoints_programme_idx" ON "codesign_touchpoints" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "codesign_touchpoints_participant_idx" ON "codesign_touchpoints" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "codesign_trigger_items_set_idx" ON "codesign_trigger_items" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "codesign_trigger_sets_activity_idx" ON "codesign_trigger_sets" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "board_items_board_idx" ON "board_items" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "board_voters_token_key" ON "board_voters" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "board_voters_participant_key" ON "board_voters" USING btree ("board_id","participant_id");--> statement-breakpoint
CREATE INDEX "board_voters_board_idx" ON "board_voters" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "board_votes_voter_item_key" ON "board_votes" USING btree ("voter_id","item_id");--> statement-breakpoint
CREATE INDEX "board_votes_board_idx" ON "board_votes" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "boards_join_code_key" ON "boards" USING btree ("join_code");--> statement-breakpoint
CREATE INDEX "boards_programme_idx" ON "boards" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "boards_activity_idx" ON "boards" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "authored_document_comments_document_idx" ON "authored_document_comments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "authored_document_images_document_idx" ON "authored_document_images" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "authored_document_status_changes_document_idx" ON "authored_document_status_changes" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "authored_document_suggestions_document_idx" ON "authored_document_suggestions" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "authored_document_versions_number_uq" ON "authored_document_versions" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "authored_documents_programme_idx" ON "authored_documents" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "authored_documents_owner_idx" ON "authored_documents" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "codesign_course_holders_programme_idx" ON "codesign_course_holders" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "codesign_course_module_target_areas_area_idx" ON "codesign_course_module_target_areas" USING btree ("target_area_id");--> statement-breakpoint
CREATE INDEX "codesign_course_modules_programme_idx" ON "codesign_course_modules" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "codesign_group_workshops_activity_idx" ON "codesign_group_workshops" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "codesign_groups_programme_idx" ON "codesign_groups" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codesign_groups_group_uq" ON "codesign_groups" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "codesign_workshop_items_group_idx" ON "codesign_workshop_items" USING btree ("codesign_group_id");--> statement-breakpoint
CREATE INDEX "codesign_workshop_items_participant_idx" ON "codesign_workshop_items" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_expires_idx" ON "rate_limit_buckets" USING btree ("expires_at");