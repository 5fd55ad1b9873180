CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid,
	"type_key" text NOT NULL,
	"variant" text,
	"title" text NOT NULL,
	"ordinal" integer DEFAULT 1 NOT NULL,
	"plan_key" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"duration_minutes" integer NOT NULL,
	"mode" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"capacity" integer,
	"is_pilot" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_end_after_start" CHECK ("activities"."ends_at" is null or "activities"."starts_at" is null or "activities"."ends_at" > "activities"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "activity_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"duration_minutes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"closed_at" timestamp with time zone,
	"closed_in_activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_dependencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"after_activity_id" uuid NOT NULL,
	CONSTRAINT "activity_dependencies_pair" UNIQUE("activity_id","after_activity_id"),
	CONSTRAINT "activity_dependencies_not_self" CHECK ("activity_dependencies"."activity_id" <> "activity_dependencies"."after_activity_id")
);
--> statement-breakpoint
CREATE TABLE "activity_minutes" (
	"activity_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"document_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"service_id" uuid,
	"title" text NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb NOT NULL,
	"default_duration_minutes" integer NOT NULL,
	"mode" text NOT NULL,
	"recorded" boolean DEFAULT false NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"produces" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pilot_extra_minutes" integer DEFAULT 0 NOT NULL,
	"default_capacity" integer,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_programme_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."programme_municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_agenda_items" ADD CONSTRAINT "activity_agenda_items_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_decisions" ADD CONSTRAINT "activity_decisions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_decisions" ADD CONSTRAINT "activity_decisions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_decisions" ADD CONSTRAINT "activity_decisions_closed_in_activity_id_activities_id_fk" FOREIGN KEY ("closed_in_activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_dependencies" ADD CONSTRAINT "activity_dependencies_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_dependencies" ADD CONSTRAINT "activity_dependencies_after_activity_id_activities_id_fk" FOREIGN KEY ("after_activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_minutes" ADD CONSTRAINT "activity_minutes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_minutes" ADD CONSTRAINT "activity_minutes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_types" ADD CONSTRAINT "activity_types_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_programme_idx" ON "activities" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "activities_municipality_idx" ON "activities" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_plan_key" ON "activities" USING btree ("programme_id","plan_key");--> statement-breakpoint
CREATE INDEX "activity_agenda_items_activity_idx" ON "activity_agenda_items" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_decisions_activity_idx" ON "activity_decisions" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_decisions_programme_idx" ON "activity_decisions" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "activity_outputs_activity_idx" ON "activity_outputs" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_outputs_programme_idx" ON "activity_outputs" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_types_programme_key" ON "activity_types" USING btree ("programme_id","key");