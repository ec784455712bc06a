-- Public pages: legal documents (Văn bản), guide revisions, and the statistics summary
-- (Thống kê) with the triggers that keep it current.

-- CreateEnum
CREATE TYPE "legal_document_validity" AS ENUM ('in_force', 'partially_expired', 'expired', 'not_yet_in_force');

-- DropIndex
DROP INDEX "legal_document_issued_on_idx";

-- AlterTable
ALTER TABLE "legal_document" ADD COLUMN     "effective_on" DATE,
ADD COLUMN     "field_id" UUID,
ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "validity" "legal_document_validity" NOT NULL DEFAULT 'in_force';

-- AlterTable
ALTER TABLE "guide_page" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "dossier_stat_month" (
    "agency_id" UUID NOT NULL,
    "field_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "in_progress" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "rating_count" INTEGER NOT NULL DEFAULT 0,
    "rating_sum" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dossier_stat_month_pkey" PRIMARY KEY ("agency_id","field_id","month")
);

-- CreateIndex
CREATE INDEX "dossier_stat_month_month_idx" ON "dossier_stat_month"("month");

-- CreateIndex
CREATE UNIQUE INDEX "legal_document_number_key" ON "legal_document"("number");

-- CreateIndex
CREATE INDEX "legal_document_issued_on_id_idx" ON "legal_document"("issued_on" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "legal_document_field_id_idx" ON "legal_document"("field_id");

-- AddForeignKey
ALTER TABLE "legal_document" ADD CONSTRAINT "legal_document_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "field"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rows written before this migration got now(); Prisma's @updatedAt has no default.
ALTER TABLE "legal_document" ALTER COLUMN "updated_at" DROP DEFAULT;

-- ─── Hand-written: legal document search ────────────────────────────────────────────
-- Keywords with or without diacritics match number, title, summary and issuer as a
-- substring, served by trigrams. The query (apps/api/src/features/legal-documents)
-- repeats this exact expression.
CREATE INDEX "legal_document_search_trgm_idx" ON "legal_document"
  USING gin ((search_normalize("number" || ' ' || "title" || ' ' || "summary" || ' ' || "issuer")) gin_trgm_ops);

-- ─── Hand-written: statistics summary ───────────────────────────────────────────────
-- dossier_stat_month holds, per handling agency, field and month, what the public
-- statistics page shows. Statement-level triggers with transition tables keep it
-- current: each statement subtracts what its old rows contributed and adds what its new
-- rows contribute, in one upsert, so a bulk INSERT … SELECT of a million dossiers costs
-- one aggregate, and a single status change two row updates. Months are local
-- (Asia/Ho_Chi_Minh): the portal serves Vietnam.

CREATE FUNCTION "stat_month"(timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT date_trunc('month', $1 AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$;

-- What one dossier contributes: up to three (month, counters) rows.
--  sent month:      submitted
--  received month:  received, received online, still in progress
--  finished month:  result early / on time / late (against the due date before any
--                   apology: original_due_at, which a supplement pause does move), or returned.
-- Early = finished on a day before the due date's day; late = after the due time.
CREATE FUNCTION "dossier_stat_contribution"(
  p_status dossier_status, p_channel submission_channel, p_submitted timestamptz, p_received timestamptz,
  p_finished timestamptz, p_due timestamptz
) RETURNS TABLE (
  month date, submitted int, received int, received_online int, in_progress int,
  resolved_early int, resolved_on_time int, resolved_late int, returned int
)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT stat_month(p_submitted), 1, 0, 0, 0, 0, 0, 0, 0
    WHERE p_submitted IS NOT NULL AND p_status <> 'unsent'
  UNION ALL
  SELECT stat_month(p_received), 0, 1, (p_channel = 'online')::int,
         (p_status IN ('processing', 'supplement-requested'))::int, 0, 0, 0, 0
    WHERE p_received IS NOT NULL AND p_status <> 'unsent'
  UNION ALL
  SELECT stat_month(p_finished), 0, 0, 0, 0,
         (p_status = 'result' AND p_due IS NOT NULL
            AND (p_finished AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < (p_due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int,
         (p_status = 'result' AND (p_due IS NULL OR (p_finished <= p_due
            AND (p_finished AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= (p_due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)))::int,
         (p_status = 'result' AND p_due IS NOT NULL AND p_finished > p_due)::int,
         (p_status = 'returned')::int
    WHERE p_finished IS NOT NULL AND p_status IN ('result', 'returned')
$$;

-- The upsert that adds the signed contributions of a set of dossier rows to the summary.
-- p_rows is the text of a query yielding (sign, agency_id, field_id, status, channel,
-- submitted_at, received_at, finished_at, due_at). The trigger functions EXECUTE it
-- themselves: transition tables are visible only to the trigger function's own queries.
-- Net-zero changes (a saved draft, a history-only step) write nothing.
CREATE FUNCTION "dossier_stats_sql"(p_rows text) RETURNS text
LANGUAGE sql IMMUTABLE
AS $fn$
  SELECT format($sql$
    INSERT INTO dossier_stat_month AS s (agency_id, field_id, month, submitted, received, received_online, in_progress,
                                         resolved_early, resolved_on_time, resolved_late, returned)
    SELECT d.agency_id, d.field_id, c.month,
           sum(d.sign * c.submitted), sum(d.sign * c.received), sum(d.sign * c.received_online), sum(d.sign * c.in_progress),
           sum(d.sign * c.resolved_early), sum(d.sign * c.resolved_on_time), sum(d.sign * c.resolved_late), sum(d.sign * c.returned)
    FROM (%s) d
    CROSS JOIN LATERAL dossier_stat_contribution(d.status, d.channel, d.submitted_at, d.received_at, d.finished_at, d.due_at) c
    GROUP BY 1, 2, 3
    HAVING sum(d.sign * c.submitted) <> 0 OR sum(d.sign * c.received) <> 0 OR sum(d.sign * c.received_online) <> 0
        OR sum(d.sign * c.in_progress) <> 0 OR sum(d.sign * c.resolved_early) <> 0 OR sum(d.sign * c.resolved_on_time) <> 0
        OR sum(d.sign * c.resolved_late) <> 0 OR sum(d.sign * c.returned) <> 0
    ON CONFLICT (agency_id, field_id, month) DO UPDATE SET
      submitted = s.submitted + EXCLUDED.submitted,
      received = s.received + EXCLUDED.received,
      received_online = s.received_online + EXCLUDED.received_online,
      in_progress = s.in_progress + EXCLUDED.in_progress,
      resolved_early = s.resolved_early + EXCLUDED.resolved_early,
      resolved_on_time = s.resolved_on_time + EXCLUDED.resolved_on_time,
      resolved_late = s.resolved_late + EXCLUDED.resolved_late,
      returned = s.returned + EXCLUDED.returned
  $sql$, p_rows)
$fn$;

-- The columns dossier_stats_sql() reads, from rows of "dossier" (alias r) and their procedure (alias p).
CREATE FUNCTION "dossier_stats_columns"() RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'r.agency_id, p.field_id, r.status, r.channel, r.submitted_at, r.received_at, r.finished_at, coalesce(r.original_due_at, r.due_at) AS due_at' $$;

CREATE FUNCTION "dossier_stats_on_dossier"() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
  cols text := dossier_stats_columns();
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE dossier_stats_sql(format('SELECT -1 AS sign, %s FROM old_rows r JOIN procedure p ON p.id = r.procedure_id', cols)
      || CASE WHEN TG_OP = 'UPDATE'
              THEN format(' UNION ALL SELECT 1, %s FROM new_rows r JOIN procedure p ON p.id = r.procedure_id', cols) ELSE '' END);
  ELSE
    EXECUTE dossier_stats_sql(format('SELECT 1 AS sign, %s FROM new_rows r JOIN procedure p ON p.id = r.procedure_id', cols));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "dossier_stats_insert" AFTER INSERT ON "dossier"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_dossier();
CREATE TRIGGER "dossier_stats_update" AFTER UPDATE ON "dossier"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_dossier();
CREATE TRIGGER "dossier_stats_delete" AFTER DELETE ON "dossier"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_dossier();

-- Ratings count in the month they were given, for the rated dossier's agency and field.
-- p_rows yields (sign, agency_id, field_id, created_at, score).
CREATE FUNCTION "dossier_stats_ratings_sql"(p_rows text) RETURNS text
LANGUAGE sql IMMUTABLE
AS $fn$
  SELECT format($sql$
    INSERT INTO dossier_stat_month AS s (agency_id, field_id, month, rating_count, rating_sum)
    SELECT x.agency_id, x.field_id, stat_month(x.created_at), sum(x.sign), sum(x.sign * x.score)
    FROM (%s) x
    GROUP BY 1, 2, 3
    HAVING sum(x.sign) <> 0 OR sum(x.sign * x.score) <> 0
    ON CONFLICT (agency_id, field_id, month) DO UPDATE SET
      rating_count = s.rating_count + EXCLUDED.rating_count,
      rating_sum = s.rating_sum + EXCLUDED.rating_sum
  $sql$, p_rows)
$fn$;

CREATE FUNCTION "dossier_stats_on_rating"() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
  rows_of text := ' d.agency_id, p.field_id, g.created_at, g.score FROM %I g JOIN dossier d ON d.id = g.dossier_id JOIN procedure p ON p.id = d.procedure_id';
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE dossier_stats_ratings_sql(format('SELECT -1 AS sign,' || rows_of, 'old_rows')
      || CASE WHEN TG_OP = 'UPDATE' THEN format(' UNION ALL SELECT 1,' || rows_of, 'new_rows') ELSE '' END);
  ELSE
    EXECUTE dossier_stats_ratings_sql(format('SELECT 1 AS sign,' || rows_of, 'new_rows'));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "dossier_stats_rating_insert" AFTER INSERT ON "dossier_rating"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_rating();
CREATE TRIGGER "dossier_stats_rating_update" AFTER UPDATE ON "dossier_rating"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_rating();
CREATE TRIGGER "dossier_stats_rating_delete" AFTER DELETE ON "dossier_rating"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_stats_on_rating();

-- A procedure moved to another field takes its dossiers' figures along.
CREATE FUNCTION "dossier_stats_on_procedure_field"() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
  cols text := 'r.agency_id, %L::uuid AS field_id, r.status, r.channel, r.submitted_at, r.received_at, r.finished_at, coalesce(r.original_due_at, r.due_at) AS due_at';
BEGIN
  EXECUTE dossier_stats_sql(
    format('SELECT -1 AS sign, ' || cols || ' FROM dossier r WHERE r.procedure_id = %L', OLD.field_id, NEW.id)
    || format(' UNION ALL SELECT 1, ' || cols || ' FROM dossier r WHERE r.procedure_id = %L', NEW.field_id, NEW.id));
  EXECUTE dossier_stats_ratings_sql(
    format('SELECT -1 AS sign, r.agency_id, %L::uuid AS field_id, g.created_at, g.score FROM dossier_rating g JOIN dossier r ON r.id = g.dossier_id WHERE r.procedure_id = %L', OLD.field_id, NEW.id)
    || format(' UNION ALL SELECT 1, r.agency_id, %L::uuid, g.created_at, g.score FROM dossier_rating g JOIN dossier r ON r.id = g.dossier_id WHERE r.procedure_id = %L', NEW.field_id, NEW.id));
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "dossier_stats_procedure_field" AFTER UPDATE OF "field_id" ON "procedure"
  FOR EACH ROW WHEN (OLD.field_id IS DISTINCT FROM NEW.field_id) EXECUTE FUNCTION dossier_stats_on_procedure_field();

-- Recomputes the whole summary from the dossiers (after a bulk load with triggers
-- disabled, or to check the triggers: the tests compare both).
CREATE FUNCTION "dossier_stats_rebuild"() RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
  DELETE FROM dossier_stat_month;
  EXECUTE dossier_stats_sql(format('SELECT 1 AS sign, %s FROM dossier r JOIN procedure p ON p.id = r.procedure_id', dossier_stats_columns()));
  EXECUTE dossier_stats_ratings_sql('SELECT 1 AS sign, d.agency_id, p.field_id, g.created_at, g.score FROM dossier_rating g JOIN dossier d ON d.id = g.dossier_id JOIN procedure p ON p.id = d.procedure_id');
END
$fn$;

-- Dossiers that exist already.
SELECT dossier_stats_rebuild();
