CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"method" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_method_check" CHECK ("consents"."method" in ('web_form','paper','email','verbal','other'))
);
--> statement-breakpoint
CREATE TABLE "issued_pseudonyms" (
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_pseudonyms_org_id_code_pk" PRIMARY KEY("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "org_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_areas_id_org" UNIQUE("id","org_id")
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"area_id" uuid,
	"area_cleared" integer DEFAULT 0 NOT NULL,
	"active" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_id_org" UNIQUE("id","org_id")
);
--> statement-breakpoint
CREATE TABLE "orgchart_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"file_id" uuid,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"mapping" jsonb,
	"preview" jsonb,
	"result" jsonb,
	"job_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "orgchart_imports_status_check" CHECK ("orgchart_imports"."status" in ('uploaded','previewing','previewed','invalid','applying','applied','failed'))
);
--> statement-breakpoint
CREATE TABLE "orgchart_mappings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"employee_id" text NOT NULL,
	"pseudonym" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"job_title" text,
	"unit_id" uuid,
	"manager_employee_id" text,
	"leader_since" date,
	"status" text DEFAULT 'active' NOT NULL,
	"left_at" timestamp with time zone,
	"leader_suggestion" text,
	"leader_confidence" text,
	"leader_score" real,
	"leader_reasons" jsonb,
	"leader_decision" text,
	"leader_decided_by" uuid,
	"leader_decided_at" timestamp with time zone,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_id_org" UNIQUE("id","org_id"),
	CONSTRAINT "people_status_check" CHECK ("people"."status" in ('active','left')),
	CONSTRAINT "people_decision_check" CHECK ("people"."leader_decision" is null or "people"."leader_decision" in ('confirmed','rejected'))
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_org_id_people_id_org_id_fk" FOREIGN KEY ("person_id","org_id") REFERENCES "public"."people"("id","org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_pseudonyms" ADD CONSTRAINT "issued_pseudonyms_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_areas" ADD CONSTRAINT "org_areas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_id_org_units_id_org_id_fk" FOREIGN KEY ("parent_id","org_id") REFERENCES "public"."org_units"("id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_area_id_org_id_org_areas_id_org_id_fk" FOREIGN KEY ("area_id","org_id") REFERENCES "public"."org_areas"("id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgchart_imports" ADD CONSTRAINT "orgchart_imports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgchart_imports" ADD CONSTRAINT "orgchart_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgchart_imports" ADD CONSTRAINT "orgchart_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgchart_mappings" ADD CONSTRAINT "orgchart_mappings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_leader_decided_by_users_id_fk" FOREIGN KEY ("leader_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_org_id_org_units_id_org_id_fk" FOREIGN KEY ("unit_id","org_id") REFERENCES "public"."org_units"("id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_areas_key_unique" ON "org_areas" USING btree ("org_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_key_unique" ON "org_units" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("org_id","parent_id");--> statement-breakpoint
CREATE INDEX "orgchart_imports_org_idx" ON "orgchart_imports" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "people_employee_unique" ON "people" USING btree ("org_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_pseudonym_unique" ON "people" USING btree ("org_id","pseudonym");--> statement-breakpoint
CREATE INDEX "people_unit_idx" ON "people" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "people_manager_idx" ON "people" USING btree ("org_id","manager_employee_id");