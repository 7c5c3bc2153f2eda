CREATE TABLE "framework_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"identifier" uuid NOT NULL,
	"parent_identifier" uuid,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"title_da" text NOT NULL,
	"title_en" text NOT NULL,
	"description_da" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"keywords_da" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords_en" text[] DEFAULT '{}'::text[] NOT NULL,
	"levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "framework_items_version_identifier" UNIQUE("version_id","identifier"),
	CONSTRAINT "framework_items_kind" CHECK ("framework_items"."kind" in ('domain', 'competency', 'indicator'))
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_da" text NOT NULL,
	"title_en" text NOT NULL,
	"description_da" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"publisher" text DEFAULT '' NOT NULL,
	"scale" jsonb NOT NULL,
	"change_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "framework_versions_number" UNIQUE("framework_id","number"),
	CONSTRAINT "framework_versions_status" CHECK ("framework_versions"."status" in ('draft', 'published')),
	CONSTRAINT "framework_versions_published_fields" CHECK (("framework_versions"."status" = 'draft') = ("framework_versions"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"identifier" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "role_profile_targets" (
	"profile_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"rationale_da" text DEFAULT '' NOT NULL,
	"rationale_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "role_profile_targets_profile_id_item_id_pk" PRIMARY KEY("profile_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "role_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"version_id" uuid NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"area" text,
	"description_da" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "framework_items" ADD CONSTRAINT "framework_items_version_id_framework_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."framework_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_items" ADD CONSTRAINT "framework_items_parent" FOREIGN KEY ("version_id","parent_identifier") REFERENCES "public"."framework_items"("version_id","identifier") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_profile_targets" ADD CONSTRAINT "role_profile_targets_profile_id_role_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."role_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_profile_targets" ADD CONSTRAINT "role_profile_targets_item_id_framework_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."framework_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_profiles" ADD CONSTRAINT "role_profiles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_profiles" ADD CONSTRAINT "role_profiles_version_id_framework_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."framework_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_profiles" ADD CONSTRAINT "role_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "framework_items_version_parent" ON "framework_items" USING btree ("version_id","parent_identifier","position");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_one_draft" ON "framework_versions" USING btree ("framework_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_org_identifier" ON "frameworks" USING btree ("org_id","identifier") WHERE org_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_national_identifier" ON "frameworks" USING btree ("identifier") WHERE org_id is null;--> statement-breakpoint
CREATE INDEX "frameworks_org" ON "frameworks" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "role_profile_targets_item" ON "role_profile_targets" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "role_profiles_org" ON "role_profiles" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "role_profiles_version" ON "role_profiles" USING btree ("version_id");