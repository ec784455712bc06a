-- Catalogue search: the sample dossier of a form version (Prisma model), then hand-written
-- SQL for diacritics-insensitive, typo-tolerant, indexed search of procedure names.

-- AlterTable
ALTER TABLE "procedure_form_version" ADD COLUMN     "sample_data" JSONB;

-- ─── Hand-written: search ───────────────────────────────────────────────────────────
-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an
-- index or a generated column. This wrapper names the dictionary explicitly and is
-- declared IMMUTABLE: the documented way to index unaccented text. unaccent.rules maps
-- every Vietnamese letter to its base letter, đ/Đ to d/D included.
CREATE FUNCTION "f_unaccent"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- What search compares: lower case, no diacritics, words of [a-z0-9] separated by one
-- space ("Cấp Giấy phép xây dựng (mới)" → "cap giay phep xay dung moi"). The API
-- normalises the query the same way (searchNormalize in @portal/domain; a test checks
-- that both agree on every demo procedure name).
CREATE FUNCTION "search_normalize"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(public.f_unaccent($1)), '[^a-z0-9]+', ' ', 'g')) $$;

-- Maintained by PostgreSQL on every INSERT/UPDATE of the name, whoever writes the row
-- (Prisma, the seed, bulk SQL). Not in schema.prisma: Prisma never reads them.
ALTER TABLE "procedure"
  ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_normalize("name")) STORED,
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_normalize("name"))) STORED;

-- Browsing in alphabetical order, page by page (keyset on name, id).
CREATE INDEX "procedure_active_name_idx" ON "procedure" ("name", "id") WHERE "active";

-- Dictionary of the words of procedure names, for spelling correction: a query word
-- that is in no name ("dnug") is looked up one edit away ("dung") before giving up.
-- Kept by a trigger; words of renamed or removed procedures stay (they then match nothing).
CREATE TABLE "search_term" ("term" text PRIMARY KEY);
CREATE INDEX "search_term_trgm_idx" ON "search_term" USING gin ("term" gin_trgm_ops);
-- The words beginning with a prefix: a range of this index
CREATE INDEX "search_term_prefix_idx" ON "search_term" ("term" COLLATE "C");

CREATE FUNCTION "procedure_collect_search_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_term" ("term")
    SELECT unnest(tsvector_to_array(NEW."search_vector"))
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "procedure_collect_search_terms"
  AFTER INSERT OR UPDATE OF "name" ON "procedure"
  FOR EACH ROW EXECUTE FUNCTION "procedure_collect_search_terms"();

INSERT INTO "search_term" ("term")
  SELECT DISTINCT unnest(tsvector_to_array("search_vector")) FROM "procedure"
  ON CONFLICT DO NOTHING;

-- ─── Hand-written: the search table and the search itself ───────────────────────────
-- What a search reads, one narrow row per ACTIVE procedure (about 150 bytes, against
-- several kB for a procedure row with its steps, fees and legal basis), with the parts
-- of the ranking that do not depend on the query computed once: a broad query ("cap",
-- "giay phep") matches thousands of procedures and every one of them is ranked. What the
-- ranking reads comes first (a row is decoded from its start up to the last column
-- needed); the words are indexed as an expression rather than stored (a narrower row).
-- Kept by a trigger on "procedure", whoever writes it (Prisma, the seed, bulk SQL). Not
-- in schema.prisma: only catalogue_search() reads it.
CREATE TABLE "procedure_search" (
  "id" uuid PRIMARY KEY REFERENCES "procedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  -- ln(1 + usage_count) / 30: orders equally relevant names, most used first
  "popularity" double precision NOT NULL,
  -- greatest(length(search_text), 1): the share of the name a query covers
  "name_length" integer NOT NULL,
  "usage_count" integer NOT NULL,
  "search_text" text NOT NULL,
  -- lower(code), compared byte-wise: a code prefix is a range of the index below
  "code_lower" text COLLATE "C" NOT NULL,
  "agency_id" uuid NOT NULL,
  "field_id" uuid NOT NULL,
  "service_level" "service_level" NOT NULL,
  "processing_days" integer NOT NULL,
  "legacy_level" smallint,
  "code" text NOT NULL,
  "name" text NOT NULL
);
-- The words of the name (as procedure.search_vector). fastupdate off: a new or renamed
-- procedure goes straight into the index, rather than into a pending list that every
-- search would read until the next VACUUM (the catalogue is read far more than written).
CREATE INDEX "procedure_search_words_idx" ON "procedure_search"
  USING gin (to_tsvector('simple'::regconfig, "search_text")) WITH (fastupdate = off);
CREATE INDEX "procedure_search_code_idx" ON "procedure_search" ("code_lower");

CREATE FUNCTION "procedure_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW."active" THEN
    DELETE FROM "procedure_search" WHERE "id" = NEW."id";
    RETURN NULL;
  END IF;
  INSERT INTO "procedure_search" AS s ("id", "popularity", "name_length", "usage_count", "search_text", "code_lower",
      "agency_id", "field_id", "service_level", "processing_days", "legacy_level", "code", "name")
    VALUES (NEW."id", ln(1 + greatest(NEW."usage_count", 0)) / 30, greatest(length(NEW."search_text"), 1), NEW."usage_count",
      NEW."search_text", lower(NEW."code"), NEW."agency_id", NEW."field_id", NEW."service_level", NEW."processing_days",
      NEW."legacy_level", NEW."code", NEW."name")
  ON CONFLICT ("id") DO UPDATE SET
    "popularity" = EXCLUDED."popularity", "name_length" = EXCLUDED."name_length", "usage_count" = EXCLUDED."usage_count",
    "search_text" = EXCLUDED."search_text", "code_lower" = EXCLUDED."code_lower", "agency_id" = EXCLUDED."agency_id",
    "field_id" = EXCLUDED."field_id", "service_level" = EXCLUDED."service_level",
    "processing_days" = EXCLUDED."processing_days", "legacy_level" = EXCLUDED."legacy_level", "code" = EXCLUDED."code",
    "name" = EXCLUDED."name"
  WHERE s IS DISTINCT FROM EXCLUDED;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "procedure_search_sync"
  AFTER INSERT OR UPDATE ON "procedure"
  FOR EACH ROW EXECUTE FUNCTION "procedure_search_sync"();

INSERT INTO "procedure_search" ("id", "popularity", "name_length", "usage_count", "search_text", "code_lower", "agency_id",
    "field_id", "service_level", "processing_days", "legacy_level", "code", "name")
  SELECT "id", ln(1 + greatest("usage_count", 0)) / 30, greatest(length("search_text"), 1), "usage_count", "search_text",
    lower("code"), "agency_id", "field_id", "service_level", "processing_days", "legacy_level", "code", "name"
  FROM "procedure" WHERE "active";

-- The active procedures a search matches: every word of the tsquery (the last as a
-- prefix), or a code beginning with p_code_prefix; then the filters. NULL = no filter.
-- Three branches of which one runs (the conditions on parameters alone are one-time gates
-- of a generic plan): without code or filters (most searches) the GIN index alone,
-- nothing to check row by row; with filters; with a code. A one-statement SQL function:
-- inlined into its callers, which plan it as if written there.
CREATE FUNCTION "catalogue_search_matches"(
    p_query tsquery, p_code_prefix text, p_agency uuid, p_field uuid, p_level "service_level", p_online boolean)
  RETURNS SETOF "procedure_search"
  LANGUAGE sql STABLE
  AS $$
    SELECT s.* FROM procedure_search s
    WHERE p_code_prefix IS NULL AND p_agency IS NULL AND p_field IS NULL AND p_level IS NULL AND p_online IS NOT TRUE
      AND to_tsvector('simple'::regconfig, s.search_text) @@ p_query
    UNION ALL
    SELECT s.* FROM procedure_search s
    WHERE p_code_prefix IS NULL AND NOT (p_agency IS NULL AND p_field IS NULL AND p_level IS NULL AND p_online IS NOT TRUE)
      AND to_tsvector('simple'::regconfig, s.search_text) @@ p_query
      AND (p_field IS NULL OR s.field_id = p_field)
      AND (p_level IS NULL OR s.service_level = p_level)
      AND (p_level IS NOT NULL OR p_online IS NOT TRUE OR s.service_level <> 'info_only')
      -- listed by the agency or received by it (a hashed set: one probe per match)
      AND (p_agency IS NULL OR s.agency_id = p_agency
           OR s.id IN (SELECT pa.procedure_id FROM procedure_agency pa WHERE pa.agency_id = p_agency))
    UNION ALL
    SELECT s.* FROM procedure_search s
    WHERE p_code_prefix IS NOT NULL
      AND (to_tsvector('simple'::regconfig, s.search_text) @@ p_query
           OR (s.code_lower >= p_code_prefix AND s.code_lower < p_code_prefix || chr(1114111)))
      AND (p_field IS NULL OR s.field_id = p_field)
      AND (p_level IS NULL OR s.service_level = p_level)
      AND (p_level IS NOT NULL OR p_online IS NOT TRUE OR s.service_level <> 'info_only')
      AND (p_agency IS NULL OR s.agency_id = p_agency
           OR s.id IN (SELECT pa.procedure_id FROM procedure_agency pa WHERE pa.agency_id = p_agency))
  $$;

-- Every word one edit away from `word`, by kind of typing mistake: 1 two neighbours
-- swapped, 2 a letter too many (deleted here), 3 a letter missing (inserted here), 4 a
-- wrong letter (replaced here; a-z, 0-9). The same words as singleEdits() in
-- @portal/domain (a test checks that both agree), some more than once. Inlined into its
-- callers (hence not STRICT).
CREATE FUNCTION "search_single_edits"(word text) RETURNS TABLE (edit text, kind integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT e.edit, e.kind FROM (
      SELECT left(word, i) || substr(word, i + 2, 1) || substr(word, i + 1, 1) || substr(word, i + 3) AS edit, 1 AS kind
        FROM generate_series(0, length(word) - 2) i
      UNION ALL
      SELECT left(word, i) || substr(word, i + 2), 2 FROM generate_series(0, length(word) - 1) i
      UNION ALL
      SELECT left(word, i) || c || substr(word, i + 1), 3
        FROM generate_series(0, length(word)) i, unnest('{a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,0,1,2,3,4,5,6,7,8,9}'::text[]) c
      UNION ALL
      SELECT left(word, i) || c || substr(word, i + 2), 4
        FROM generate_series(0, length(word) - 1) i, unnest('{a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,0,1,2,3,4,5,6,7,8,9}'::text[]) c
    ) e
    WHERE e.edit <> word
  $$;

-- Spelling corrections of the words of a search that are in no procedure name (the last
-- word: that begins no word): up to 6 dictionary words per word, those one edit away
-- first (search_single_edits, for words of 3 to 12 letters; swaps, then letters too
-- many, missing, wrong; then alphabetically), then, for words of 6+ letters, the 3
-- most similar by trigrams (similarity ≥ 0.5). Numbers are never corrected.
CREATE FUNCTION "catalogue_spelling"(p_words text[])
  RETURNS TABLE (word text, terms text[])
  LANGUAGE sql STABLE
  AS $$
    WITH w AS (
      SELECT u.word, u.ord = cardinality(p_words) AS last
      FROM unnest(p_words) WITH ORDINALITY AS u(word, ord)),
    unknown AS (
      SELECT w.word FROM w
      WHERE length(w.word) >= 3 AND w.word !~ '^[0-9]+$'
        AND NOT EXISTS (SELECT 1 FROM search_term t WHERE t.term = w.word)
        AND NOT (w.last AND EXISTS (SELECT 1 FROM search_term t
                                    WHERE t.term COLLATE "C" >= w.word AND t.term COLLATE "C" < w.word || chr(1114111)))),
    edits AS (
      SELECT u.word, e.edit, e.kind FROM unknown u CROSS JOIN LATERAL search_single_edits(u.word) e
      WHERE length(u.word) <= 12),
    candidates AS (
      SELECT e.word, t.term, e.kind, 1::real AS score FROM edits e JOIN search_term t ON t.term = e.edit
      UNION ALL
      SELECT u.word, c.term, 5, c.score
      FROM unknown u
      CROSS JOIN LATERAL (
        SELECT t.term, similarity(t.term, u.word) AS score FROM search_term t
        WHERE length(u.word) >= 6 AND t.term % u.word AND similarity(t.term, u.word) >= 0.5
        ORDER BY 2 DESC, 1 LIMIT 3) c),
    best AS (
      SELECT c.word, c.term, min(c.kind) AS kind, max(c.score) AS score FROM candidates c GROUP BY c.word, c.term)
    SELECT b.word, (array_agg(b.term ORDER BY b.kind, b.score DESC, b.term))[1:6] FROM best b GROUP BY b.word
  $$;

-- A search, in one round trip and one PL/pgSQL call. Answers
--   {"items": [… up to p_limit rows], "total": n | null, "approximate": bool, "corrections": [terms]}
-- each row an array (cheaper to build and to read than an object):
--   [id, code, name, service_level, legacy_level, processing_days, sort key,
--    agency id, agency name, agency unit_code, field id, field name, field code]
-- Matches: every word (p_words: normalised, [a-z0-9]+, so they cannot break the tsquery),
-- the last as a prefix; or a code beginning with p_code_prefix; then the filters. When
-- nothing matches on a first page, or when the cursor says so (p_approximate), the words
-- in no name are replaced by themselves or their spelling corrections (catalogue_spelling)
-- and the answer is approximate. Order:
--   relevance (highest first) = the exact name 8 + a name that starts with the query 4
--   + the query as a phrase from the start of a word 2 + a code that starts with the
--   query 8 + the share of the name the query covers (0..1) + popularity, rounded to
--   millionths and kept as an integer (so that the keyset compares equal values);
--   `name` alphabetical; `popular` most used first. Ties: id.
--   Keyset: p_after_key/p_after_id are the sort key and id of the previous page's last row.
-- The matches are read once (GIN index, then the narrow rows) into (id, key): counted
-- (when p_with_total) and cut to one page from there; only the page's rows are joined to
-- their agency and field.
-- PL/pgSQL keeps each statement's plan for the session: with force_generic_plan nothing
-- is planned again after the first call on a connection (planning a search costs more
-- than running most of them). The generic plans are the natural ones whatever the query.
CREATE FUNCTION "catalogue_search"(
    p_words text[], p_code_prefix text,
    p_agency uuid, p_field uuid, p_level "service_level", p_online boolean,
    p_sort text, p_limit integer, p_after_key text, p_after_id uuid, p_with_total boolean, p_approximate boolean)
  RETURNS json
  LANGUAGE plpgsql STABLE
  SET plan_cache_mode = force_generic_plan
  AS $$
DECLARE
  query_text text := array_to_string(p_words, ' ');
  query_length double precision := length(array_to_string(p_words, ' '));
  phrase text := ' ' || array_to_string(p_words, ' ');
  last_word text := p_words[cardinality(p_words)];
  last_terms text;
  q tsquery;
  approximate boolean := p_approximate;
  corrections text[] := '{}';
  alternatives jsonb;
  items json;
  matches integer;
BEGIN
  -- The last word is a prefix (the citizen may still be typing). Rather than `word:*`,
  -- which makes PostgreSQL check every row the GIN index returns against the tsquery
  -- again, it becomes the words of the dictionary that begin with it, "(word | words | …)":
  -- the same matches (search_term holds every word of every name), exact entries of the
  -- index, nothing to recheck. No such word: the word itself, which then matches nothing.
  SELECT coalesce(string_agg(t.term, ' | '), last_word) INTO last_terms FROM search_term t
    WHERE t.term COLLATE "C" >= last_word AND t.term COLLATE "C" < last_word || chr(1114111);
  IF NOT approximate THEN
    q := to_tsquery('simple', array_to_string(p_words[1:cardinality(p_words) - 1] || ('(' || last_terms || ')'), ' & '));
  END IF;

  LOOP
    IF approximate THEN
      SELECT coalesce(jsonb_object_agg(c.word, c.terms), '{}'), coalesce(array_agg(t.term ORDER BY c.word, t.n), '{}')
        INTO alternatives, corrections
        FROM catalogue_spelling(p_words) c, unnest(c.terms) WITH ORDINALITY AS t(term, n);
      EXIT WHEN cardinality(corrections) = 0; -- nothing to correct: nothing found
      -- each word, or one of its corrections
      SELECT to_tsquery('simple', string_agg(
               '(' || CASE WHEN w.ord = cardinality(p_words) THEN last_terms ELSE w.word END
                   || coalesce(' | ' || nullif(array_to_string(ARRAY(SELECT jsonb_array_elements_text(alternatives -> w.word)), ' | '), ''), '')
                   || ')',
               ' & ' ORDER BY w.ord))
        INTO q FROM unnest(p_words) WITH ORDINALITY AS w(word, ord);
    END IF;

    IF p_sort = 'relevance' THEN
      WITH ranked AS MATERIALIZED (
        SELECT m.id, floor((CASE WHEN m.search_text = query_text THEN 14
                                 WHEN starts_with(m.search_text, query_text) THEN 6
                                 WHEN strpos(m.search_text, phrase) > 0 THEN 2
                                 ELSE 0 END
                          + CASE WHEN starts_with(m.code_lower, p_code_prefix) THEN 8 ELSE 0 END
                          + least(1.0::double precision, query_length / m.name_length) + m.popularity) * 1000000 + 0.5)::bigint AS key
        FROM catalogue_search_matches(q, p_code_prefix, p_agency, p_field, p_level, p_online) m)
      SELECT CASE WHEN p_with_total THEN (SELECT count(*) FROM ranked) END,
        (SELECT json_agg(json_build_array(s.id, s.code, s.name, s.service_level, s.legacy_level, s.processing_days, r.key::text,
                  a.id, a.name, a.unit_code, f.id, f.name, f.code) ORDER BY r.key DESC, r.id)
         FROM (SELECT * FROM ranked
               WHERE p_after_id IS NULL OR ranked.key < p_after_key::bigint OR (ranked.key = p_after_key::bigint AND ranked.id > p_after_id)
               ORDER BY ranked.key DESC, ranked.id LIMIT p_limit) r
         JOIN procedure_search s ON s.id = r.id
         JOIN agency a ON a.id = s.agency_id
         JOIN field f ON f.id = s.field_id)
      INTO matches, items;
    ELSIF p_sort = 'popular' THEN
      WITH ranked AS MATERIALIZED (
        SELECT m.id, m.usage_count AS key FROM catalogue_search_matches(q, p_code_prefix, p_agency, p_field, p_level, p_online) m)
      SELECT CASE WHEN p_with_total THEN (SELECT count(*) FROM ranked) END,
        (SELECT json_agg(json_build_array(s.id, s.code, s.name, s.service_level, s.legacy_level, s.processing_days, r.key::text,
                  a.id, a.name, a.unit_code, f.id, f.name, f.code) ORDER BY r.key DESC, r.id)
         FROM (SELECT * FROM ranked
               WHERE p_after_id IS NULL OR ranked.key < p_after_key::integer OR (ranked.key = p_after_key::integer AND ranked.id > p_after_id)
               ORDER BY ranked.key DESC, ranked.id LIMIT p_limit) r
         JOIN procedure_search s ON s.id = r.id
         JOIN agency a ON a.id = s.agency_id
         JOIN field f ON f.id = s.field_id)
      INTO matches, items;
    ELSE
      WITH ranked AS MATERIALIZED (
        SELECT m.id, m.name AS key FROM catalogue_search_matches(q, p_code_prefix, p_agency, p_field, p_level, p_online) m)
      SELECT CASE WHEN p_with_total THEN (SELECT count(*) FROM ranked) END,
        (SELECT json_agg(json_build_array(s.id, s.code, s.name, s.service_level, s.legacy_level, s.processing_days, r.key,
                  a.id, a.name, a.unit_code, f.id, f.name, f.code) ORDER BY r.key, r.id)
         FROM (SELECT * FROM ranked
               WHERE p_after_id IS NULL OR ranked.key > p_after_key OR (ranked.key = p_after_key AND ranked.id > p_after_id)
               ORDER BY ranked.key, ranked.id LIMIT p_limit) r
         JOIN procedure_search s ON s.id = r.id
         JOIN agency a ON a.id = s.agency_id
         JOIN field f ON f.id = s.field_id)
      INTO matches, items;
    END IF;

    -- Found, a later page, or already corrected: done. Else once more, corrected.
    EXIT WHEN items IS NOT NULL OR p_after_id IS NOT NULL OR approximate;
    approximate := true;
  END LOOP;

  RETURN json_build_object('items', coalesce(items, '[]'), 'total', CASE WHEN p_with_total THEN coalesce(matches, 0) END,
                           'approximate', p_approximate OR cardinality(corrections) > 0, 'corrections', corrections);
END;
$$;

-- ─── Hand-written: the procedure page ───────────────────────────────────────────────
-- Everything the procedure page shows, by id or by code, as one JSON object (NULL when no
-- active procedure has it): one statement of JSON aggregates (an include tree through the
-- ORM costs a round trip per relation), its plan kept for the session (planning this
-- statement costs several times more than running it).
CREATE FUNCTION "catalogue_procedure"(p_id uuid, p_code text)
  RETURNS json
  LANGUAGE plpgsql STABLE
  SET plan_cache_mode = force_generic_plan
  AS $$
BEGIN
  RETURN (
    SELECT json_build_object(
      'id', p.id, 'code', p.code, 'name', p.name, 'serviceLevel', p.service_level, 'legacyLevel', p.legacy_level,
      'processingDays', p.processing_days, 'steps', p.steps, 'processingNote', p.processing_note, 'fees', p.fees,
      'legalBasis', p.legal_basis, 'applicants', p.applicants, 'conditions', p.conditions,
      'resultDescription', p.result_description, 'submissionChannels', p.submission_channels,
      'agency', json_build_object('id', a.id, 'name', a.name, 'unitCode', a.unit_code),
      'field', json_build_object('id', f.id, 'name', f.name, 'code', f.code),
      'handlingAgencies', (
        SELECT coalesce(json_agg(json_build_object('id', ha.id, 'name', ha.name, 'unitCode', ha.unit_code) ORDER BY ha.sort_order, ha.name), '[]')
        FROM procedure_agency pa JOIN agency ha ON ha.id = pa.agency_id WHERE pa.procedure_id = p.id),
      'components', (
        SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'description', c.description, 'required', c.required,
                 'originals', c.originals, 'copies', c.copies, 'acceptedTypes', c.accepted_types,
                 'templateFile', CASE WHEN cf.id IS NULL THEN NULL
                                      ELSE json_build_object('id', cf.id, 'originalName', cf.original_name, 'mimeType', cf.mime_type, 'size', cf.size) END)
                 ORDER BY c.sort_order, c.id), '[]')
        FROM procedure_component c LEFT JOIN stored_file cf ON cf.id = c.template_file_id WHERE c.procedure_id = p.id),
      'templates', (
        SELECT coalesce(json_agg(json_build_object('title', t.title,
                 'file', json_build_object('id', tf.id, 'originalName', tf.original_name, 'mimeType', tf.mime_type, 'size', tf.size))
                 ORDER BY t.sort_order, t.id), '[]')
        FROM procedure_template t JOIN stored_file tf ON tf.id = t.file_id WHERE t.procedure_id = p.id),
      'sampleFile', (
        SELECT json_build_object('id', sf.id, 'originalName', sf.original_name, 'mimeType', sf.mime_type, 'size', sf.size)
        FROM stored_file sf WHERE sf.id = p.sample_file_id),
      'formVersion', fv.version, 'formDefinition', fv.definition, 'sampleFormData', fv.sample_data)
    FROM procedure p
    JOIN agency a ON a.id = p.agency_id
    JOIN field f ON f.id = p.field_id
    LEFT JOIN LATERAL (
      SELECT v.version, v.definition, v.sample_data FROM procedure_form_version v
      WHERE v.procedure_id = p.id ORDER BY v.version DESC LIMIT 1) fv ON true
    WHERE p.active AND (p.id = p_id OR p.code = p_code));
END;
$$;
