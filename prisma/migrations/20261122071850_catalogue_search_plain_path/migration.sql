-- Catalogue search, cheaper per match (bench/catalogue, bench/README.md "catalogue").
--
-- catalogue_search() as in 20261122024059_catalogue_search, with one more branch: a search
-- by words only (no code, no filter: most searches), sorted by relevance, reads
-- procedure_search directly instead of through catalogue_search_matches(). Through that
-- function every match went up a UNION ALL of three branches with every column of the
-- row (name and code included) decoded and copied on the way; read directly, a match
-- costs only the columns the ranking reads. Same matches, same order, same answer (the
-- tests of search-ranking.integration.test.ts hold both paths to the plain definition); a
-- broad search ("gi": 6,751 of 10,000 procedures) takes about a third less CPU time.

CREATE OR REPLACE FUNCTION "catalogue_search"(
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

    IF p_sort = 'relevance' AND p_code_prefix IS NULL AND p_agency IS NULL AND p_field IS NULL AND p_level IS NULL AND p_online IS NOT TRUE THEN
      -- Most searches: words only. The same statement as below, reading procedure_search
      -- itself rather than catalogue_search_matches(): only the columns the ranking needs
      -- are decoded from each match (a broad search ranks thousands).
      WITH ranked AS MATERIALIZED (
        SELECT m.id, floor((CASE WHEN m.search_text = query_text THEN 14
                                 WHEN starts_with(m.search_text, query_text) THEN 6
                                 WHEN strpos(m.search_text, phrase) > 0 THEN 2
                                 ELSE 0 END
                          + least(1.0::double precision, query_length / m.name_length) + m.popularity) * 1000000 + 0.5)::bigint AS key
        FROM procedure_search m WHERE to_tsvector('simple'::regconfig, m.search_text) @@ q)
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
    ELSIF p_sort = 'relevance' THEN
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
