-- The staff workspace at province scale (issue 20; apps/api/src/features/staff-dossiers/list.ts,
-- bench/staff.ts). A list page is one keyset branch per status the view allows, each read in
-- order from an (agency_id, status, sort keys…, id) index and merged; counts come from a
-- per-(agency, status) counter; searches use prefix and trigram indexes.

-- CreateIndex: sort=sent and sort=updated, one status at a time
CREATE INDEX "dossier_staff_sent_idx" ON "dossier"("agency_id", "status", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "dossier_staff_updated_idx" ON "dossier"("agency_id", "status", "updated_at", "id");

-- Not in schema.prisma from here on: Prisma cannot express them.

-- sort=due: the due date with "none" last ('infinity'), then sending time, as list.ts orders.
CREATE INDEX "dossier_staff_due_idx" ON "dossier"("agency_id", "status", (COALESCE("due_at", 'infinity'::timestamptz)), "submitted_at", "id");

-- The applicant's name as the search compares it (search_normalize: no diacritics, lower
-- case, words separated by one space), kept by PostgreSQL whoever writes the row. Stored,
-- so matching a row costs a LIKE, not search_normalize() (~20 µs) again for every row.
ALTER TABLE "dossier" ADD COLUMN "applicant_search" text GENERATED ALWAYS AS (search_normalize("applicant_name")) STORED;

-- A name anywhere in the province's dossiers (few matches): trigrams of the stored name.
DROP INDEX "dossier_applicant_name_trgm_idx";
CREATE INDEX "dossier_applicant_search_trgm_idx" ON "dossier" USING gin ("applicant_search" gin_trgm_ops);

-- A search with many matches in one agency (a common family name): every field the search
-- compares, read from the index alone (index-only scan of the agency's entries, no row visited).
CREATE INDEX "dossier_staff_search_idx" ON "dossier"("agency_id", "status") INCLUDE ("applicant_search", "code", "applicant_id_number");

-- The code and the CCCD from their start (whole or a prefix): ranges of these indexes.
CREATE INDEX "dossier_code_prefix_idx" ON "dossier"("code" COLLATE "C");
CREATE INDEX "dossier_applicant_id_number_prefix_idx" ON "dossier"("applicant_id_number" COLLATE "C");

-- How many dossiers each agency has in each status, kept by statement triggers (as the
-- statistics summary): the inbox counts read a few rows instead of counting an agency's
-- dossiers (150,000 in the busiest agency of the 1,000,000-dossier bench). Changes that
-- leave agency and status as they were (a saved draft, a deadline) write nothing.
CREATE TABLE "dossier_inbox_count" (
  "agency_id" uuid NOT NULL,
  "status" "dossier_status" NOT NULL,
  "n" integer NOT NULL,
  CONSTRAINT "dossier_inbox_count_pkey" PRIMARY KEY ("agency_id", "status")
);

-- p_rows: the text of a query yielding (sign, agency_id, status).
CREATE FUNCTION "dossier_inbox_count_sql"(p_rows text) RETURNS text
LANGUAGE sql IMMUTABLE
AS $fn$
  SELECT format($sql$
    INSERT INTO dossier_inbox_count AS c (agency_id, status, n)
    SELECT d.agency_id, d.status, sum(d.sign)
    FROM (%s) d
    GROUP BY 1, 2
    HAVING sum(d.sign) <> 0
    ORDER BY 1, 2
    ON CONFLICT (agency_id, status) DO UPDATE SET n = c.n + EXCLUDED.n
  $sql$, p_rows)
$fn$;

CREATE FUNCTION "dossier_inbox_count_on_dossier"() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    EXECUTE dossier_inbox_count_sql(
      'SELECT -1 AS sign, agency_id, status FROM old_rows UNION ALL SELECT 1, agency_id, status FROM new_rows');
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE dossier_inbox_count_sql('SELECT -1 AS sign, agency_id, status FROM old_rows');
  ELSE
    EXECUTE dossier_inbox_count_sql('SELECT 1 AS sign, agency_id, status FROM new_rows');
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "dossier_inbox_count_insert" AFTER INSERT ON "dossier"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_inbox_count_on_dossier();
CREATE TRIGGER "dossier_inbox_count_update" AFTER UPDATE ON "dossier"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_inbox_count_on_dossier();
CREATE TRIGGER "dossier_inbox_count_delete" AFTER DELETE ON "dossier"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_inbox_count_on_dossier();

-- From scratch (bulk loads that skip triggers, e.g. bench/seed-large.ts).
CREATE FUNCTION "dossier_inbox_count_rebuild"() RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
  DELETE FROM dossier_inbox_count;
  INSERT INTO dossier_inbox_count (agency_id, status, n) SELECT agency_id, status, count(*) FROM dossier GROUP BY 1, 2;
END
$fn$;

-- Dossiers that exist already.
SELECT dossier_inbox_count_rebuild();

-- Other lists that grow (checked on 500,000 synthetic audit events: an agency's log and an
-- action prefix were read by scanning the whole table backwards).

-- CreateIndex: the audit log of an agency, newest first (recorded for it, or by its staff)
CREATE INDEX "audit_event_agency_id_id_idx" ON "audit_event"("agency_id", "id");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_id_idx" ON "audit_event"("actor_id", "id");

-- CreateIndex: the agency's questions (Hỏi đáp, staff list), newest first, all or of one status
CREATE INDEX "question_agency_id_created_at_id_idx" ON "question"("agency_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "question_agency_id_status_created_at_id_idx" ON "question"("agency_id", "status", "created_at" DESC, "id" DESC);

-- The audit log filtered by an action prefix (`action LIKE 'dossier.%'`): text_pattern_ops
-- makes a prefix a range whatever the database's collation. Not expressible in schema.prisma.
CREATE INDEX "audit_event_action_prefix_idx" ON "audit_event"("action" text_pattern_ops, "id");
