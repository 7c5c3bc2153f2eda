CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"uid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_status" CHECK ("bookings"."status" in ('booked','cancelled','done','no_show')),
	CONSTRAINT "bookings_mode" CHECK ("bookings"."mode" in ('place','video','phone')),
	CONSTRAINT "bookings_times" CHECK ("bookings"."ends_at" > "bookings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "interviewer_availability" (
	"study_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"availability" jsonb NOT NULL,
	"mode" text DEFAULT 'video' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviewer_availability_study_id_user_id_pk" PRIMARY KEY("study_id","user_id"),
	CONSTRAINT "interviewer_availability_mode" CHECK ("interviewer_availability"."mode" in ('place','video','phone'))
);
--> statement-breakpoint
CREATE TABLE "studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"answer_mode" text DEFAULT 'identified' NOT NULL,
	"retention_months" integer DEFAULT 24 NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"by_area" boolean DEFAULT true NOT NULL,
	"by_tenure" boolean DEFAULT true NOT NULL,
	"sampling_seed" text,
	"sampling_frame" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "studies_id_org" UNIQUE("id","org_id"),
	CONSTRAINT "studies_status" CHECK ("studies"."status" in ('draft','recruiting','collecting','analysing','closed')),
	CONSTRAINT "studies_answer_mode" CHECK ("studies"."answer_mode" in ('identified','anonymous')),
	CONSTRAINT "studies_retention" CHECK ("studies"."retention_months" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "study_guides" (
	"study_id" uuid PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_organisations" (
	"study_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	CONSTRAINT "study_organisations_study_id_org_id_pk" PRIMARY KEY("study_id","org_id"),
	CONSTRAINT "study_organisations_status" CHECK ("study_organisations"."status" in ('invited','accepted','declined'))
);
--> statement-breakpoint
CREATE TABLE "study_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"stratum_key" text NOT NULL,
	"draw_order" integer NOT NULL,
	"status" text DEFAULT 'drawn' NOT NULL,
	"replaces_id" uuid,
	"link_hash" text,
	"link_expires_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"consent_at" timestamp with time zone,
	"consent_version" text,
	"declined_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_participants_person" UNIQUE("study_id","person_id"),
	CONSTRAINT "study_participants_status" CHECK ("study_participants"."status" in ('drawn','invited','booked','interviewed','surveyed','declined','withdrawn','no_show'))
);
--> statement-breakpoint
CREATE TABLE "study_strata" (
	"study_id" uuid NOT NULL,
	"key" text NOT NULL,
	"org_id" uuid NOT NULL,
	"area" text,
	"band" text NOT NULL,
	"size" integer NOT NULL,
	"target" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "study_strata_study_id_key_pk" PRIMARY KEY("study_id","key")
);
--> statement-breakpoint
CREATE TABLE "study_team" (
	"study_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'analyst' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_team_study_id_user_id_pk" PRIMARY KEY("study_id","user_id"),
	CONSTRAINT "study_team_role" CHECK ("study_team"."role" in ('lead','analyst','interviewer'))
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"item_identifier" uuid NOT NULL,
	"current_level" integer,
	"needed_level" integer,
	"importance" integer,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_answers_response_id_item_identifier_pk" PRIMARY KEY("response_id","item_identifier"),
	CONSTRAINT "survey_answers_importance" CHECK ("survey_answers"."importance" is null or "survey_answers"."importance" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"participant_id" uuid,
	"resume_hash" text,
	"org_id" uuid NOT NULL,
	"area" text,
	"band" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_responses_link" CHECK (("survey_responses"."participant_id" is null) <> ("survey_responses"."resume_hash" is null))
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_participant_id_study_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."study_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_interviewer_id_users_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_availability" ADD CONSTRAINT "interviewer_availability_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_availability" ADD CONSTRAINT "interviewer_availability_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studies" ADD CONSTRAINT "studies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studies" ADD CONSTRAINT "studies_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studies" ADD CONSTRAINT "studies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_guides" ADD CONSTRAINT "study_guides_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_organisations" ADD CONSTRAINT "study_organisations_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_organisations" ADD CONSTRAINT "study_organisations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_organisations" ADD CONSTRAINT "study_organisations_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_participants" ADD CONSTRAINT "study_participants_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_participants" ADD CONSTRAINT "study_participants_person_id_org_id_people_id_org_id_fk" FOREIGN KEY ("person_id","org_id") REFERENCES "public"."people"("id","org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_participants" ADD CONSTRAINT "study_participants_replaces_id_study_participants_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."study_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_strata" ADD CONSTRAINT "study_strata_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_strata" ADD CONSTRAINT "study_strata_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_team" ADD CONSTRAINT "study_team_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_team" ADD CONSTRAINT "study_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_participant_id_study_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."study_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_slot_taken" ON "bookings" USING btree ("interviewer_id","starts_at") WHERE status = 'booked';--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_active" ON "bookings" USING btree ("participant_id") WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX "bookings_study_start" ON "bookings" USING btree ("study_id","starts_at");--> statement-breakpoint
CREATE INDEX "studies_org" ON "studies" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "study_organisations_org" ON "study_organisations" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_participants_link" ON "study_participants" USING btree ("link_hash");--> statement-breakpoint
CREATE INDEX "study_participants_org" ON "study_participants" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_participant" ON "survey_responses" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_resume" ON "survey_responses" USING btree ("resume_hash");--> statement-breakpoint
CREATE INDEX "survey_responses_study" ON "survey_responses" USING btree ("study_id");