CREATE TABLE "code_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"transcript_id" uuid NOT NULL,
	"segment_ordinal" integer NOT NULL,
	"code_id" uuid NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"score" real NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_suggestions_once" UNIQUE("transcript_id","segment_ordinal","code_id"),
	CONSTRAINT "code_suggestions_status" CHECK ("code_suggestions"."status" in ('open','accepted','rejected'))
);
--> statement-breakpoint
CREATE TABLE "coding_coders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coding_coders_kind" CHECK ("coding_coders"."kind" in ('human','machine','imported'))
);
--> statement-breakpoint
CREATE TABLE "codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"colour" text NOT NULL,
	"polarity" text DEFAULT 'neutral' NOT NULL,
	"competency_id" uuid,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"shortcut" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codes_polarity" CHECK ("codes"."polarity" in ('need','strength','neutral')),
	CONSTRAINT "codes_colour" CHECK ("codes"."colour" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "coding_memos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"target" text NOT NULL,
	"transcript_id" uuid,
	"code_id" uuid,
	"coding_id" uuid,
	"text" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coding_memos_target" CHECK ("coding_memos"."target" in ('study','transcript','code','coding'))
);
--> statement-breakpoint
CREATE TABLE "coding_models" (
	"study_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"passages" integer NOT NULL,
	"evaluation" jsonb NOT NULL,
	"model" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coding_resolutions" (
	"transcript_id" uuid NOT NULL,
	"segment_ordinal" integer NOT NULL,
	"code_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coding_resolutions_transcript_id_segment_ordinal_code_id_pk" PRIMARY KEY("transcript_id","segment_ordinal","code_id"),
	CONSTRAINT "coding_resolutions_decision" CHECK ("coding_resolutions"."decision" in ('include','exclude'))
);
--> statement-breakpoint
CREATE TABLE "codings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"transcript_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"coder_id" uuid NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"origin" text DEFAULT 'human' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codings_once" UNIQUE("transcript_id","code_id","coder_id","start_offset","end_offset"),
	CONSTRAINT "codings_span" CHECK ("codings"."start_offset" >= 0 and "codings"."end_offset" > "codings"."start_offset"),
	CONSTRAINT "codings_origin" CHECK ("codings"."origin" in ('human','machine','import'))
);
--> statement-breakpoint
CREATE TABLE "consensus_units" (
	"transcript_id" uuid NOT NULL,
	"segment_ordinal" integer NOT NULL,
	"code_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"participant_id" uuid,
	"source" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	CONSTRAINT "consensus_units_transcript_id_segment_ordinal_code_id_pk" PRIMARY KEY("transcript_id","segment_ordinal","code_id")
);
--> statement-breakpoint
CREATE TABLE "transcript_segments" (
	"transcript_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"study_id" uuid NOT NULL,
	"speaker" text,
	"role" text,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"start_ms" integer,
	"end_ms" integer,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish', text)) STORED NOT NULL,
	CONSTRAINT "transcript_segments_transcript_id_ordinal_pk" PRIMARY KEY("transcript_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "transcripts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"study_id" uuid NOT NULL,
	"participant_id" uuid,
	"case_name" text,
	"title" text NOT NULL,
	"format" text NOT NULL,
	"text" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"pseudonymisation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"word_count" integer NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "code_suggestions" ADD CONSTRAINT "code_suggestions_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_suggestions" ADD CONSTRAINT "code_suggestions_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_suggestions" ADD CONSTRAINT "code_suggestions_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_coders" ADD CONSTRAINT "coding_coders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_coders" ADD CONSTRAINT "coding_coders_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_coders" ADD CONSTRAINT "coding_coders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codes" ADD CONSTRAINT "codes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codes" ADD CONSTRAINT "codes_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codes" ADD CONSTRAINT "codes_parent_id_codes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."codes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_coding_id_codings_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."codings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_memos" ADD CONSTRAINT "coding_memos_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_models" ADD CONSTRAINT "coding_models_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_models" ADD CONSTRAINT "coding_models_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_resolutions" ADD CONSTRAINT "coding_resolutions_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_resolutions" ADD CONSTRAINT "coding_resolutions_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_resolutions" ADD CONSTRAINT "coding_resolutions_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_resolutions" ADD CONSTRAINT "coding_resolutions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_coder_id_coding_coders_id_fk" FOREIGN KEY ("coder_id") REFERENCES "public"."coding_coders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_units" ADD CONSTRAINT "consensus_units_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_units" ADD CONSTRAINT "consensus_units_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_units" ADD CONSTRAINT "consensus_units_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD CONSTRAINT "transcript_segments_transcript_id_transcripts_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_segments" ADD CONSTRAINT "transcript_segments_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_participant_id_study_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."study_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coding_coders_user" ON "coding_coders" USING btree ("study_id","user_id") WHERE "coding_coders"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "coding_coders_machine" ON "coding_coders" USING btree ("study_id") WHERE "coding_coders"."kind" = 'machine';--> statement-breakpoint
CREATE INDEX "codes_study" ON "codes" USING btree ("study_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codes_shortcut" ON "codes" USING btree ("study_id","shortcut") WHERE "codes"."shortcut" is not null;--> statement-breakpoint
CREATE INDEX "coding_memos_study" ON "coding_memos" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "codings_code" ON "codings" USING btree ("code_id");--> statement-breakpoint
CREATE INDEX "codings_study" ON "codings" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "consensus_units_study_code" ON "consensus_units" USING btree ("study_id","code_id");--> statement-breakpoint
CREATE INDEX "transcript_segments_study" ON "transcript_segments" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "transcript_segments_search" ON "transcript_segments" USING gin ("search");--> statement-breakpoint
CREATE INDEX "transcripts_study" ON "transcripts" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "transcripts_participant" ON "transcripts" USING btree ("participant_id");