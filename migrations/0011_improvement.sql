-- improvement (issue 13): team plans, preparatory tasks, measures, PDSA, indicators and measurements, rounds, harvests, progress.
CREATE TABLE "improvement_team_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"anchoring" text DEFAULT '' NOT NULL,
	"composition" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE "improvement_measure_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
	"chart" text DEFAULT 'run' NOT NULL,
	"baseline_points" integer,
	"parts" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"signals" jsonb,
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
ALTER TABLE "improvement_team_plans" ADD CONSTRAINT "improvement_team_plans_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_team_plans" ADD CONSTRAINT "improvement_team_plans_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_task_checks" ADD CONSTRAINT "improvement_task_checks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_kinds" ADD CONSTRAINT "improvement_measure_kinds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measures" ADD CONSTRAINT "improvement_measures_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measures" ADD CONSTRAINT "improvement_measures_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_pdsa_cycles" ADD CONSTRAINT "improvement_pdsa_cycles_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_indicators" ADD CONSTRAINT "improvement_indicators_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measurements" ADD CONSTRAINT "improvement_measurements_indicator_id_improvement_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."improvement_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measurements" ADD CONSTRAINT "improvement_measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_rounds" ADD CONSTRAINT "improvement_rounds_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_harvests" ADD CONSTRAINT "improvement_harvests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_progress_scores" ADD CONSTRAINT "improvement_progress_scores_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_progress_scores" ADD CONSTRAINT "improvement_progress_scores_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_team_plans_municipality_key" ON "improvement_team_plans" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_task_checks_key" ON "improvement_task_checks" USING btree ("municipality_id","task_key");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_measure_kinds_key" ON "improvement_measure_kinds" USING btree ("programme_id","key");--> statement-breakpoint
CREATE INDEX "improvement_measures_programme_idx" ON "improvement_measures" USING btree ("programme_id","municipality_id");--> statement-breakpoint
CREATE INDEX "improvement_pdsa_cycles_measure_idx" ON "improvement_pdsa_cycles" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "improvement_indicators_measure_idx" ON "improvement_indicators" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_measurements_period_key" ON "improvement_measurements" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_rounds_ordinal_key" ON "improvement_rounds" USING btree ("municipality_id","template_key","ordinal");--> statement-breakpoint
CREATE INDEX "improvement_harvests_programme_idx" ON "improvement_harvests" USING btree ("programme_id","gathering");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_progress_scores_key" ON "improvement_progress_scores" USING btree ("municipality_id","gathering");
--> statement-breakpoint
-- improvement (verification): an indicator that counts the programme's own participants follows the small-cell rule.
ALTER TABLE "improvement_indicators" ADD COLUMN "counts_participants" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- improvement (evidence): analysis documents a team names as evidence for a measure.
CREATE TABLE "improvement_measure_documents" (
	"measure_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" uuid,
	CONSTRAINT "improvement_measure_documents_measure_id_document_id_pk" PRIMARY KEY("measure_id","document_id")
);
--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_measure_id_improvement_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."improvement_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_measure_documents" ADD CONSTRAINT "improvement_measure_documents_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "improvement_measure_documents_document_idx" ON "improvement_measure_documents" USING btree ("document_id");
