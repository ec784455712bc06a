/**
 * `pnpm --filter @portal/bench seed-large [--procedures 10000] [--dossiers 1000000]
 *   [--citizens 20000] [--database portal_bench] [--batch 100000] [--months 24] [--reset]`
 *
 * Fills a bench database with a large synthetic data set on top of the demo province:
 * procedures up to --procedures in total, --citizens synthetic citizens plus `benchheavy`
 * (exactly 1,000 dossiers), --dossiers dossiers over the last --months months with their
 * processing history, ratings, pauses and code sequences. Everything is generated inside
 * PostgreSQL with set-based INSERT … SELECT over generate_series, one batch of days
 * (~--batch dossiers) per transaction. See README.md for what it prints.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pgConfigFromUrl } from '@portal/db';
import { databaseExists, databaseUrl, dropBenchDatabase, prepareBenchDatabase, withClient } from './lib/database.ts';
import { formTemplateOf } from './lib/form-sample.ts';
import * as V from './lib/vocabulary.ts';

// ───────────────────────────── options ─────────────────────────────

const HELP = `Usage: pnpm --filter @portal/bench seed-large [options]
  --procedures N   procedures in total, demo ones included (default 10000)
  --dossiers N     dossiers in total (default 1000000)
  --citizens N     synthetic citizens besides benchheavy (default 20000)
  --database NAME  database on the bench cluster (default portal_bench)
  --batch N        dossiers per batch / transaction, rounded to whole days (default 100000)
  --months N       history length up to now (default 24)
  --reset          drop and recreate the database first
Cluster: BENCH_DATABASE_URL, otherwise scripts/ensure-postgres.sh.`;

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    procedures: { type: 'string', default: '10000' },
    dossiers: { type: 'string', default: '1000000' },
    citizens: { type: 'string', default: '20000' },
    database: { type: 'string', default: 'portal_bench' },
    batch: { type: 'string', default: '100000' },
    months: { type: 'string', default: '24' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const positive = (name: string, raw: string, min = 1): number => {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    process.stderr.write(`--${name} must be an integer ≥ ${min}, got ${raw}\n`);
    process.exit(2);
  }
  return value;
};
const TARGET_PROCEDURES = positive('procedures', args.procedures);
const TARGET_DOSSIERS = positive('dossiers', args.dossiers, 1000);
const CITIZENS = positive('citizens', args.citizens);
const BATCH = positive('batch', args.batch, 1000);
const MONTHS = positive('months', args.months);
const DATABASE = args.database;

/** The citizen whose dashboard the benches measure: owns exactly this many dossiers. */
const HEAVY_USERNAME = 'benchheavy';
const HEAVY_DOSSIERS = 1000;
/** Status mix over the whole data set (the age profile moves open dossiers to recent months). */
const MIX = { unsent: 0.05, sent: 0.05, supplement: 0.03, processing: 0.17, result: 0.6, returned: 0.1 };
/** Share of result dossiers with a rating */
const RATED = 0.4;

// ───────────────────────────── output ─────────────────────────────

const started = performance.now();
const phases: { name: string; seconds: number }[] = [];
const out = (line = '') => process.stdout.write(`${line}\n`);
const secondsSince = (t: number) => (performance.now() - t) / 1000;
const fmt = (n: number) => n.toLocaleString('en-US');

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  out(`▶ ${name}`);
  const result = await fn();
  const seconds = secondsSince(t);
  phases.push({ name, seconds });
  out(`  ${name}: ${seconds.toFixed(1)} s`);
  return result;
}

// ───────────────────────────── SQL helpers ─────────────────────────────

/** Vietnam local date + minutes since local midnight → timestamptz (UTC+7, no DST). */
const vn = (day: string, minutes: string) => `pg_temp.vn(${day}, ${minutes})`;
/** An office-time position (working-day index × 570 + minutes since 07:30) → timestamptz; needs prm.wd. */
const posTs = (pos: string) =>
  `pg_temp.vn(prm.wd[floor((${pos}) / 570)::int], 450 + (${pos}) - floor((${pos}) / 570) * 570)`;
/** Picks an element of a 1-based SQL array with a uniform random number in [0, 1). */
const pick = (array: string, u: string) => `(${array})[1 + floor((${u}) * cardinality(${array}))::int]`;
const lowerFirst = (s: string) => `(lower(left(${s}, 1)) || substr(${s}, 2))`;
const upperFirst = (s: string) => `(upper(left(${s}, 1)) || substr(${s}, 2))`;

/**
 * Session set-up: generous memory for the big sorts and temp tables, UTC session time
 * (all local-time arithmetic is explicit), a fixed random seed, and two helpers (vn is inlined).
 */
const SESSION_SQL = `
  SET TimeZone = 'UTC';
  SET work_mem = '256MB';
  SET maintenance_work_mem = '512MB';
  SET temp_buffers = '1GB';
  SET jit = off;
  SET synchronous_commit = off;
  SELECT setseed(0.20261122);
  CREATE FUNCTION pg_temp.vn(d date, m float8) RETURNS timestamptz LANGUAGE sql STABLE AS
    $$ SELECT timestamptz '2000-01-01 00:00:00+07' + ((d - date '2000-01-01') * 1440 + m) * interval '1 minute' $$;
  -- UUID version 7 (what Prisma's uuid(7) default makes): 48-bit Unix milliseconds, then random bits.
  CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 16, 3) || substr(r, 19))::uuid
    FROM (SELECT lpad(to_hex(floor(extract(epoch FROM ts) * 1000)::bigint), 12, '0') AS h, gen_random_uuid()::text AS r) x
  $$;
`;

async function scalar<T = number>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, params);
  const row = rows[0] as Record<string, unknown> | undefined;
  return (row ? Object.values(row)[0] : undefined) as T;
}

/** Columns added by later migrations are copied when present (e.g. procedure_form_version.sample_data). */
async function columnExists(client: pg.Client, table: string, column: string): Promise<boolean> {
  return (
    (await scalar<number>(
      client,
      `SELECT count(*)::int FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
      [table, column],
    )) > 0
  );
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  return (await scalar<string | null>(client, 'SELECT to_regclass($1)::text', [`public.${table}`])) !== null;
}

// ───────────────────────────── phase 1: procedures ─────────────────────────────

async function seedProcedures(client: pg.Client, now: Date): Promise<number> {
  const existing = await scalar<number>(client, 'SELECT count(*)::int FROM procedure');
  const need = Math.max(0, TARGET_PROCEDURES - existing);
  out(`  ${fmt(existing)} procedures present, adding ${fmt(need)}`);
  if (need === 0) return 0;

  await client.query('BEGIN');
  // Where procedures of a field are handled today (demo procedures + their handling agencies).
  await client.query(`
    CREATE TEMP TABLE b_fields AS
      SELECT id, code, (row_number() OVER (ORDER BY sort_order, code) - 1)::int AS idx FROM field;
    CREATE TEMP TABLE b_fa AS
      WITH pairs AS (
        SELECT p.field_id, pa.agency_id FROM procedure p JOIN procedure_agency pa ON pa.procedure_id = p.id
        UNION SELECT field_id, agency_id FROM procedure)
      SELECT field_id, agency_id, (row_number() OVER (PARTITION BY field_id ORDER BY agency_id) - 1)::int AS slot,
             (count(*) OVER (PARTITION BY field_id))::int AS cnt
      FROM pairs;
    CREATE TEMP TABLE b_departments AS
      SELECT id, (row_number() OVER (ORDER BY sort_order, unit_code) - 1)::int AS idx FROM agency
      WHERE level = 'department' AND active;
    CREATE TEMP TABLE b_tpl AS
      SELECT p.id AS procedure_id, p.field_id, fv.id AS fv_id, fv.definition,
             (row_number() OVER (ORDER BY p.code) - 1)::int AS idx,
             (row_number() OVER (PARTITION BY p.field_id ORDER BY p.code) - 1)::int AS fslot,
             (count(*) OVER (PARTITION BY p.field_id))::int AS fcnt
      FROM procedure p JOIN procedure_form_version fv ON fv.procedure_id = p.id AND fv.version = p.form_version;
  `);
  const templates = await scalar<number>(client, 'SELECT count(*)::int FROM b_tpl');
  const departments = await scalar<number>(client, 'SELECT count(*)::int FROM b_departments');
  if (templates === 0 || departments === 0) {
    throw new Error('the demo data has no procedure with a form version or no department: was seedDemo run?');
  }

  await client.query(
    `
    CREATE TEMP TABLE b_newproc AS
    WITH v AS (
      SELECT $2::text[] AS dverb, $3::text[] AS dobj, $4::text[] AS dfield, $5::text[] AS rverb, $6::text[] AS robj,
             $7::text[] AS rfield, $8::text[] AS qual, $9::text[] AS applicants, $10::text[] AS conds,
             $11::text[] AS channels, $12::jsonb AS legal, $13::timestamptz AS now, $14::text[] AS comps),
    sizes AS (
      SELECT cardinality(dverb) * cardinality(dobj) * cardinality(qual) AS na,
             cardinality(rverb) * cardinality(robj) * cardinality(qual) AS nb FROM v),
    need AS (SELECT greatest($1::int - (SELECT count(*)::int FROM procedure), 0) AS n),
    suffix AS (
      SELECT coalesce((SELECT substring(unit_code FROM '[^.]+$') FROM agency WHERE level = 'province'
                       ORDER BY sort_order LIMIT 1), 'H00') AS s),
    codes AS (
      SELECT c.code, row_number() OVER (ORDER BY c.k)::int AS n
      FROM (SELECT k, '2.' || (900000 + k)::text || '.' || (SELECT s FROM suffix) AS code
            FROM generate_series(1, (SELECT n FROM need) + 5000) k) c
      WHERE NOT EXISTS (SELECT 1 FROM procedure p WHERE p.code = c.code)),
    g AS (
      -- c: a permutation of the name combinations (7919 is prime), so consecutive codes get unrelated names
      SELECT codes.code, codes.n, ((codes.n::bigint * 7919 + 13) % (sizes.na + sizes.nb))::int AS c, sizes.na,
             random() AS u_level, random() AS u_days, random() AS u_fee, random() AS u_amount, random() AS u_legal,
             random() AS u_legal2, random() AS u_app, random() AS u_cond, random() AS u_ch, random() AS u_agency,
             random() AS u_tpl, random() AS u_created, random() AS u_comp, random() AS u_comp2
      FROM codes, sizes WHERE codes.n <= (SELECT n FROM need)),
    named AS (
      SELECT g.*, v.*,
        g.c < g.na AS is_document,
        CASE WHEN g.c < g.na
          THEN v.dverb[g.c / (cardinality(v.qual) * cardinality(v.dobj)) + 1] || ' '
               || v.dobj[(g.c / cardinality(v.qual)) % cardinality(v.dobj) + 1] || v.qual[g.c % cardinality(v.qual) + 1]
          ELSE v.rverb[(g.c - g.na) / (cardinality(v.qual) * cardinality(v.robj)) + 1] || ' '
               || v.robj[((g.c - g.na) / cardinality(v.qual)) % cardinality(v.robj) + 1] || v.qual[(g.c - g.na) % cardinality(v.qual) + 1]
        END AS name,
        CASE WHEN g.c < g.na THEN v.dobj[(g.c / cardinality(v.qual)) % cardinality(v.dobj) + 1]
             ELSE v.robj[((g.c - g.na) / cardinality(v.qual)) % cardinality(v.robj) + 1] END AS object,
        CASE WHEN g.c < g.na THEN v.dfield[(g.c / cardinality(v.qual)) % cardinality(v.dobj) + 1]
             ELSE v.rfield[((g.c - g.na) / cardinality(v.qual)) % cardinality(v.robj) + 1] END AS field_code
      FROM g, v),
    placed AS (
      SELECT n.*,
        coalesce(f.id, fb.id) AS field_id,
        CASE WHEN n.u_level < 0.45 THEN 'full_online' WHEN n.u_level < 0.85 THEN 'partial_online' ELSE 'info_only' END AS service_level,
        (ARRAY[1, 2, 3, 3, 5, 5, 5, 7, 7, 10, 10, 10, 12, 15, 15, 20, 20, 30])[1 + floor(n.u_days * 18)::int] AS processing_days,
        n.now - (30 + n.u_created * 1000) * interval '1 day' AS created_at
      FROM named n
      LEFT JOIN b_fields f ON f.code = n.field_code
      JOIN b_fields fb ON fb.idx = n.n % (SELECT count(*) FROM b_fields))
    SELECT
      pg_temp.uuid7(p.created_at) AS id, p.code, p.name, p.field_id, p.created_at, p.is_document,
      coalesce(fa.agency_id, dep.id) AS agency_id,
      coalesce(tf.procedure_id, ta.procedure_id) AS template_procedure_id,
      p.service_level::service_level AS service_level,
      CASE p.service_level WHEN 'full_online' THEN 4 WHEN 'partial_online' THEN 3 ELSE 2 END::smallint AS legacy_level,
      jsonb_build_array(
        'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp trực tuyến trên Cổng Dịch vụ công hoặc trực tiếp tại Bộ phận Một cửa.',
        'Bước 2: Bộ phận Một cửa kiểm tra thành phần hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần; trường hợp đầy đủ thì tiếp nhận và hẹn trả kết quả.',
        'Bước 3: ' || a.name || ' thẩm định hồ sơ và giải quyết trong thời hạn ' || p.processing_days || ' ngày làm việc.',
        'Bước 4: Trả kết quả tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trên Cổng Dịch vụ công.'
      ) AS steps,
      p.processing_days,
      lpad(p.processing_days::text, 2, '0') || ' ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.' AS processing_note,
      CASE WHEN p.u_fee < 0.4 THEN '[]'::jsonb
        ELSE jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
          'label', 'Lệ phí ' || ${lowerFirst('p.name')},
          'amountVnd', (ARRAY[10000, 20000, 30000, 50000, 100000, 150000, 200000, 300000, 500000, 1000000])[1 + floor(p.u_amount * 10)::int],
          'note', CASE WHEN p.service_level = 'full_online' THEN 'Giảm 50% khi nộp hồ sơ trực tuyến' END)))
      END AS fees,
      CASE WHEN p.u_legal < 0.4
        THEN jsonb_build_array(p.legal -> 0, p.legal -> (1 + floor(p.u_legal2 * (jsonb_array_length(p.legal) - 1)))::int,
                               p.legal -> 2)
        ELSE jsonb_build_array(p.legal -> 0, p.legal -> (1 + floor(p.u_legal2 * (jsonb_array_length(p.legal) - 1)))::int)
      END AS legal_basis,
      ${pick('p.applicants', 'p.u_app')} AS applicants,
      CASE WHEN p.u_cond < 0.5 THEN NULL ELSE ${pick('p.conds', '(p.u_cond - 0.5) * 2')} END AS conditions,
      CASE WHEN p.is_document THEN ${upperFirst('p.object')} || ' (bản điện tử và bản giấy).'
           ELSE 'Văn bản thông báo kết quả ' || ${lowerFirst('p.name')} || '.' END AS result_description,
      ${pick('p.channels', 'p.u_ch')} AS submission_channels,
      2 + floor(p.u_comp * 3)::int AS n_components,
      floor(p.u_comp2 * cardinality(p.comps))::int AS component_offset,
      p.comps
    FROM placed p
    LEFT JOIN b_fa fa ON fa.field_id = p.field_id AND fa.slot = floor(p.u_agency * fa.cnt)::int
    JOIN b_departments dep ON dep.idx = floor(p.u_agency * ${departments})::int
    JOIN agency a ON a.id = coalesce(fa.agency_id, dep.id)
    LEFT JOIN b_tpl tf ON tf.field_id = p.field_id AND tf.fslot = floor(p.u_tpl * tf.fcnt)::int
    JOIN b_tpl ta ON ta.idx = floor(p.u_tpl * ${templates})::int
    `,
    [
      TARGET_PROCEDURES,
      V.DOCUMENT_VERBS,
      V.DOCUMENT_OBJECTS.map(([text]) => text),
      V.DOCUMENT_OBJECTS.map(([, field]) => field),
      V.REGISTRATION_VERBS,
      V.REGISTRATION_OBJECTS.map(([text]) => text),
      V.REGISTRATION_OBJECTS.map(([, field]) => field),
      V.QUALIFIERS,
      V.APPLICANTS,
      V.CONDITIONS,
      V.SUBMISSION_CHANNELS,
      JSON.stringify(V.LEGAL_DOCUMENTS),
      now,
      V.COMPONENTS,
    ],
  );

  const sample = (await columnExists(client, 'procedure_form_version', 'sample_data')) ? ', sample_data' : '';
  const { rowCount } = await client.query(`
    INSERT INTO procedure (id, code, name, agency_id, field_id, service_level, legacy_level, steps, processing_days,
      processing_note, fees, legal_basis, applicants, conditions, result_description, submission_channels,
      form_version, usage_count, active, created_at, updated_at)
    SELECT id, code, name, agency_id, field_id, service_level, legacy_level, steps, processing_days,
      processing_note, fees, legal_basis, applicants, conditions, result_description, submission_channels,
      1, 0, true, created_at, created_at
    FROM b_newproc ORDER BY id`);
  await client.query(`
    INSERT INTO procedure_agency (procedure_id, agency_id) SELECT id, agency_id FROM b_newproc;
    INSERT INTO procedure_form_version (id, procedure_id, version, definition, created_at${sample})
      SELECT pg_temp.uuid7(n.created_at), n.id, 1, t.definition, n.created_at${sample.replace(', ', ', f.')}
      FROM b_newproc n JOIN b_tpl t ON t.procedure_id = n.template_procedure_id
      JOIN procedure_form_version f ON f.id = t.fv_id;
    INSERT INTO procedure_component (id, procedure_id, name, description, required, originals, copies, accepted_types, sort_order)
      SELECT pg_temp.uuid7(n.created_at), n.id,
        CASE WHEN k = 0 THEN (CASE WHEN n.is_document THEN 'Đơn đề nghị ' ELSE 'Tờ khai ' END) || ${lowerFirst('n.name')}
             ELSE n.comps[1 + (n.component_offset + k - 1) % cardinality(n.comps)] END,
        CASE WHEN k = 0 THEN 'Theo mẫu ban hành kèm theo thủ tục hành chính.' END,
        k < 2, CASE WHEN k = 0 THEN 1 ELSE 0 END, CASE WHEN k = 0 THEN 0 ELSE 1 END,
        CASE WHEN k = 0 THEN ARRAY['pdf', 'doc', 'docx'] ELSE ARRAY['pdf', 'jpeg', 'png'] END, k
      FROM b_newproc n CROSS JOIN LATERAL generate_series(0, n.n_components - 1) k;
    DROP TABLE b_newproc, b_fields, b_fa, b_departments, b_tpl;
  `);
  await client.query('COMMIT');
  return rowCount ?? 0;
}

// ───────────────────────────── phase 2: citizens ─────────────────────────────

const NAME_PARAMS = [V.FAMILY_NAMES, V.MALE_MIDDLE_NAMES, V.FEMALE_MIDDLE_NAMES, V.MALE_GIVEN_NAMES, V.FEMALE_GIVEN_NAMES];
/** SQL for a Vietnamese full name from the name arrays ($n..$n+4), by sex and three uniforms */
const fullNameSql = (first: number, male: string, u1: string, u2: string, u3: string) =>
  `(${pick(`$${first}::text[]`, u1)} || ' ' ||
    CASE WHEN ${male} THEN ${pick(`$${first + 1}::text[]`, u2)} ELSE ${pick(`$${first + 2}::text[]`, u2)} END || ' ' ||
    CASE WHEN ${male} THEN ${pick(`$${first + 3}::text[]`, u3)} ELSE ${pick(`$${first + 4}::text[]`, u3)} END)`;
const phoneSql = (u: string) =>
  `('0' || (ARRAY['3', '5', '7', '8', '9'])[1 + floor(${u} * 5)::int] || lpad(floor(random() * 100000000)::bigint::text, 8, '0'))`;

async function seedCitizens(client: pg.Client, now: Date): Promise<number> {
  const passwordHash = await scalar<string | undefined>(client, `SELECT password_hash FROM app_user WHERE username = 'congdan'`);
  if (!passwordHash) throw new Error("the demo citizen 'congdan' is missing: its password hash is reused");
  await client.query('BEGIN');
  await client.query(`
    CREATE TEMP TABLE b_places AS
      SELECT regexp_replace(name, '^Ủy ban nhân dân ', '') AS commune,
             (row_number() OVER (ORDER BY sort_order, unit_code) - 1)::int AS idx
      FROM agency WHERE level = 'commune';
  `);
  const places = Math.max(1, await scalar<number>(client, 'SELECT count(*)::int FROM b_places'));
  const province = await scalar<string | undefined>(
    client,
    `SELECT regexp_replace(name, '^Ủy ban nhân dân ', '') FROM agency WHERE level = 'province' ORDER BY sort_order LIMIT 1`,
  );
  // $1 hash, $2 now, $3 count, $4 province, $5 streets, $6.. names
  const { rowCount } = await client.query(
    `
    INSERT INTO app_user (id, kind, username, email, email_verified_at, phone, password_hash, full_name, gender,
      date_of_birth, id_number, address, roles, locale, status, created_at, updated_at)
    SELECT pg_temp.uuid7(created_at), 'citizen', username, username || '@example.com', created_at + interval '7 minutes',
      ${phoneSql('u_phone')}, $1, full_name, CASE WHEN male THEN 'male' ELSE 'female' END::gender, dob,
      '011' || CASE WHEN male THEN (CASE WHEN dob < date '2000-01-01' THEN '0' ELSE '2' END)
                    ELSE (CASE WHEN dob < date '2000-01-01' THEN '1' ELSE '3' END) END
            || to_char(dob, 'YY') || lpad((500000 + k)::text, 6, '0'),
      'Số ' || (1 + floor(u_house * 250)::int) || ', ' || ${pick('$5::text[]', 'u_street')} || ', '
            || coalesce(pl.commune || ', ', '') || $4,
      ARRAY['citizen']::role[], 'vi', 'active', created_at, created_at
    FROM (
      SELECT k, CASE WHEN k = 0 THEN '${HEAVY_USERNAME}' ELSE 'bench' || lpad(k::text, 5, '0') END AS username,
        CASE WHEN k = 0 THEN 'Trần Thị Bích Ngọc' ELSE ${fullNameSql(6, 'male', 'u_f', 'u_m', 'u_g')} END AS full_name,
        male, date '1950-01-01' + floor(u_dob * 365 * 56)::int AS dob,
        $2::timestamptz - (1 + u_created * 900) * interval '1 day' AS created_at, u_phone, u_house, u_street, u_place
      FROM (
        SELECT k, CASE WHEN k = 0 THEN false ELSE random() < 0.5 END AS male, random() AS u_f, random() AS u_m,
               random() AS u_g, random() AS u_dob, random() AS u_created, random() AS u_phone, random() AS u_house,
               random() AS u_street, random() AS u_place
        FROM generate_series(0, $3::int) k) r
    ) c
    LEFT JOIN b_places pl ON pl.idx = floor(c.u_place * ${places})::int
    ORDER BY created_at
    ON CONFLICT DO NOTHING
    `,
    [passwordHash, now, CITIZENS, province ?? 'tỉnh Điện Biên', V.STREETS, ...NAME_PARAMS],
  );
  await client.query('DROP TABLE b_places');
  await client.query('COMMIT');
  return rowCount ?? 0;
}

// ───────────────────────────── phase 3: plan ─────────────────────────────

interface Plan {
  batches: number;
  /** Date (YYYY-MM-DD) of each working day, by working-day index (element 0 = index 1) */
  workingDays: string[];
  heavyId: string;
  citizens: number;
  procedures: number;
}

async function buildPlan(client: pg.Client, now: Date): Promise<Plan> {
  // Citizens, numbered for the owner draw.
  await client.query(`
    CREATE TEMP TABLE b_citizen AS
      SELECT (row_number() OVER (ORDER BY username) - 1)::int AS idx, id, full_name, id_number, phone, email, address
      FROM app_user WHERE kind = 'citizen' AND username ~ '^bench[0-9]+$';
    CREATE UNIQUE INDEX ON b_citizen (idx);
    CREATE TEMP TABLE b_heavy AS SELECT id, full_name, id_number, phone, email, address FROM app_user WHERE username = '${HEAVY_USERNAME}';
  `);
  const citizens = await scalar<number>(client, 'SELECT count(*)::int FROM b_citizen');
  const heavyId = await scalar<string>(client, 'SELECT id::text FROM b_heavy');
  if (!heavyId || citizens === 0) throw new Error('synthetic citizens are missing');

  // Staff who act in the history: the demo staff where an agency has them, invented names elsewhere.
  await client.query(
    `
    CREATE TEMP TABLE b_staff AS
    WITH roles AS (SELECT * FROM (VALUES ('clerk'::role, 2), ('specialist'::role, 3), ('leader'::role, 2)) r(role, k)),
    slots AS (
      SELECT a.id AS agency_id, r.role, s AS slot, random() < 0.5 AS male, random() AS u1, random() AS u2, random() AS u3
      FROM agency a CROSS JOIN roles r CROSS JOIN LATERAL generate_series(0, r.k - 1) s),
    real AS (
      SELECT u.id, u.full_name, u.agency_id, r.role,
             (row_number() OVER (PARTITION BY u.agency_id, r.role ORDER BY u.username) - 1)::int AS slot
      FROM app_user u CROSS JOIN LATERAL unnest(u.roles) r(role)
      WHERE u.kind = 'staff' AND u.status = 'active' AND u.agency_id IS NOT NULL AND r.role IN ('clerk', 'specialist', 'leader'))
    , named AS (
      SELECT s.agency_id, s.role, s.slot, real.id AS user_id,
             coalesce(real.full_name, ${fullNameSql(1, 's.male', 's.u1', 's.u2', 's.u3')}) AS name
      FROM slots s LEFT JOIN real ON real.agency_id = s.agency_id AND real.role = s.role AND real.slot = s.slot)
    -- one row per agency, people by role as arrays (slot order): one hash join per dossier batch
    SELECT agency_id,
      array_agg(user_id ORDER BY slot) FILTER (WHERE role = 'clerk') AS clerk_ids,
      array_agg(name ORDER BY slot) FILTER (WHERE role = 'clerk') AS clerk_names,
      array_agg(user_id ORDER BY slot) FILTER (WHERE role = 'specialist') AS spec_ids,
      array_agg(name ORDER BY slot) FILTER (WHERE role = 'specialist') AS spec_names,
      array_agg(user_id ORDER BY slot) FILTER (WHERE role = 'leader') AS lead_ids,
      array_agg(name ORDER BY slot) FILTER (WHERE role = 'leader') AS lead_names
    FROM named GROUP BY agency_id
    `,
    NAME_PARAMS,
  );

  // Procedures that take dossiers, most used first: rank r is drawn as floor(P · u^2.5).
  await client.query(`
    CREATE TEMP TABLE b_proc AS
      SELECT (row_number() OVER (ORDER BY p.usage_count DESC, p.created_at, p.code) - 1)::int AS rank,
             p.id, p.processing_days, fv.id AS fv_id, md5(fv.definition::text) AS def_hash,
             (SELECT count(*) FROM procedure_agency pa WHERE pa.procedure_id = p.id)::int AS n_ag
      FROM procedure p JOIN procedure_form_version fv ON fv.procedure_id = p.id AND fv.version = p.form_version
      WHERE p.active AND p.service_level <> 'info_only'
        AND EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.procedure_id = p.id);
    CREATE UNIQUE INDEX ON b_proc (rank);
    CREATE TEMP TABLE b_proc_agency AS
      SELECT bp.rank, (row_number() OVER (PARTITION BY bp.rank ORDER BY a.sort_order, a.unit_code) - 1)::int AS slot,
             a.id AS agency_id, a.unit_code, a.name AS agency_name
      FROM b_proc bp JOIN procedure_agency pa ON pa.procedure_id = bp.id JOIN agency a ON a.id = pa.agency_id;
    CREATE UNIQUE INDEX ON b_proc_agency (rank, slot);
  `);
  const procedures = await scalar<number>(client, 'SELECT count(*)::int FROM b_proc');
  if (procedures === 0) throw new Error('no online procedure to file dossiers for');

  // One filled-in form per distinct definition, computed here and copied by SQL.
  // A form's own sample (sample_data, when that column exists and is filled) is preferred.
  const sampleColumn = (await columnExists(client, 'procedure_form_version', 'sample_data')) ? 'sample_data' : 'NULL::jsonb';
  const { rows: definitions } = await client.query<{ def_hash: string; definition: unknown; sample: unknown }>(
    `SELECT DISTINCT ON (md5(definition::text)) md5(definition::text) AS def_hash, definition, ${sampleColumn} AS sample
     FROM procedure_form_version ORDER BY md5(definition::text), ${sampleColumn} IS NULL`,
  );
  const forms = definitions.map(({ def_hash, definition, sample }) => {
    const form = formTemplateOf(definition, sample);
    if (form.unmatched.length > 0) out(`  note: form ${def_hash.slice(0, 8)}: no sample value matches the pattern of ${form.unmatched.join(', ')}`);
    return { def_hash, template: form.template, name_key: form.nameKey, id_key: form.idKey, phone_key: form.phoneKey, email_key: form.emailKey };
  });
  await client.query(
    `CREATE TEMP TABLE b_form AS
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(def_hash text, template jsonb, name_key text, id_key text, phone_key text, email_key text)`,
    [JSON.stringify(forms)],
  );
  await client.query('CREATE UNIQUE INDEX ON b_form (def_hash)');

  // The working-day calendar (demo holidays and make-up days), with a running index of working days.
  await client.query(
    `
    CREATE TEMP TABLE b_cal AS
    WITH p AS (SELECT ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today),
    days AS (
      SELECT d::date AS day FROM p,
        generate_series((p.today - make_interval(months => $2::int) - interval '40 days')::timestamp,
                        (p.today + 800)::timestamp, interval '1 day') d)
    SELECT d.day,
      CASE WHEN h.kind = 'makeup_workday' THEN true WHEN h.kind = 'holiday' THEN false
           ELSE extract(isodow FROM d.day) < 6 END AS working,
      coalesce(h.kind = 'holiday', false) AS holiday,
      (count(*) FILTER (WHERE CASE WHEN h.kind = 'makeup_workday' THEN true WHEN h.kind = 'holiday' THEN false
                                   ELSE extract(isodow FROM d.day) < 6 END) OVER (ORDER BY d.day))::int AS widx
    FROM days d LEFT JOIN calendar_day h ON h.date = d.day
    `,
    [now, MONTHS],
  );
  await client.query('CREATE TEMP TABLE b_wd AS SELECT widx, day FROM b_cal WHERE working; CREATE UNIQUE INDEX ON b_wd (widx);');

  // Dossiers per day: weekdays busy, weekends and holidays quiet, a growing trend, today only
  // up to now. Each day gets an exact integer share of N and belongs to one batch; per day,
  // the status probabilities follow an age profile (open dossiers are mostly recent).
  const { sent, supplement, processing, unsent, result, returned } = MIX;
  await client.query(
    `
    CREATE TEMP TABLE b_day AS
    WITH p AS (SELECT $1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh' AS now_local,
                      ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today),
    span AS (SELECT (p.today - (p.today - make_interval(months => $2::int))::date) AS days FROM p),
    days AS (
      SELECT c.day, c.widx, c.working, c.day = p.today AS is_today,
        (p.today - c.day)::float8 / span.days AS a,
        (CASE WHEN c.holiday THEN 0.12 WHEN c.working THEN 1.0 WHEN extract(isodow FROM c.day) = 6 THEN 0.3 ELSE 0.15 END
          * (1.3 - 0.6 * (p.today - c.day)::float8 / span.days)
          * CASE WHEN c.day = p.today THEN greatest(extract(epoch FROM p.now_local::time)::float8 / 86400, 0.01) ELSE 1 END
        )::numeric AS w
      FROM b_cal c, p, span
      WHERE c.day > (p.today - make_interval(months => $2::int))::date AND c.day <= p.today),
    alloc AS (
      SELECT *, floor($3::numeric * (sum(w) OVER (ORDER BY day) - w) / sum(w) OVER ())::int AS lo,
                floor($3::numeric * sum(w) OVER (ORDER BY day) / sum(w) OVER ())::int AS hi,
                exp(-a / 0.15) AS f_sent, exp(-a / 0.4) AS f_supp, exp(-a / 0.35) AS f_proc
      FROM days),
    means AS (
      SELECT sum((hi - lo) * f_sent) / sum(hi - lo) AS m_sent, sum((hi - lo) * f_supp) / sum(hi - lo) AS m_supp,
             sum((hi - lo) * f_proc) / sum(hi - lo) AS m_proc FROM alloc),
    probs AS (
      SELECT alloc.*, ${unsent}::float8 AS p_unsent, ${sent} * f_sent / m_sent AS p_sent,
             ${supplement} * f_supp / m_supp AS p_supp, ${processing} * f_proc / m_proc AS p_proc
      FROM alloc, means),
    capped AS (
      -- never more than 90 % open dossiers on a day
      SELECT *, least(1, 0.9 / (p_unsent + p_sent + p_supp + p_proc)) AS k FROM probs)
    SELECT day, widx, working, is_today, hi - lo AS cnt, lo + 1 AS first_n, lo / $4::int AS batch,
      k * p_unsent AS t1, k * (p_unsent + p_sent) AS t2, k * (p_unsent + p_sent + p_supp) AS t3,
      k * (p_unsent + p_sent + p_supp + p_proc) AS t4,
      k * (p_unsent + p_sent + p_supp + p_proc) + (1 - k * (p_unsent + p_sent + p_supp + p_proc)) * ${result / (result + returned)} AS t5
    FROM capped;
    `,
    [now, MONTHS, TARGET_DOSSIERS, BATCH],
  );
  // Temp tables are never auto-analyzed: without statistics the batch query gets nested loops.
  await client.query('ANALYZE b_citizen, b_heavy, b_staff, b_proc, b_proc_agency, b_form, b_cal, b_wd, b_day');
  const batches = (await scalar<number>(client, 'SELECT max(batch)::int FROM b_day')) + 1;
  // Index 1 is the first working day of b_cal: a 1-based SQL array of dates by index.
  const { rows: wd } = await client.query<{ day: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM b_wd ORDER BY widx`);
  const workingDays = wd.map((row) => row.day);
  return { batches, heavyId, citizens, procedures, workingDays };
}

// ───────────────────────────── phase 4: dossiers + history ─────────────────────────────

/**
 * One batch: a temp table with every dossier of the batch's days and all random draws,
 * then set-based inserts into dossier, dossier_history_event, dossier_rating,
 * dossier_pause and dossier_code_sequence.
 */
async function insertBatch(client: pg.Client, batch: number, plan: Plan, now: Date): Promise<number> {
  const run = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    if (process.env.SEED_EXPLAIN && !sql.trimStart().startsWith('INSERT INTO dossier_pause')) {
      const target = sql.replace(/^\s*CREATE TEMP TABLE b_batch AS/, '');
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${target}`, params);
      out(rows.map((r) => r['QUERY PLAN']).join('\n'));
      if (target !== sql) await client.query(sql, params);
      return { rowCount: 0 };
    }
    const result = await client.query(sql, params);
    if (process.env.SEED_TRACE) out(`    ${label}: ${secondsSince(t).toFixed(2)} s`);
    return result;
  };
  const step = Math.max(1, Math.floor(TARGET_DOSSIERS / HEAVY_DOSSIERS));
  // $1 now, $2 batch, $3 step, $4 heavy max, $5 heavy id, $6..$10 names, $11 streets,
  // $12 supplement texts, $13 return reasons, $14 working days by index
  await run('batch table', 
    `
    CREATE TEMP TABLE b_batch AS
    WITH prm AS (
      SELECT $1::timestamptz AS now, ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::time AS now_time,
             $3::int AS step, $4::int AS heavy_max, $14::date[] AS wd,
             -- "now" as an office-time position (see below): the last office minute that has passed
             (SELECT CASE WHEN NOT c.working THEN c.widx * 570 + 569.9::float8
                          WHEN m.m < 450 THEN (c.widx - 1) * 570 + 569.9::float8
                          ELSE c.widx * 570 + least(m.m - 450, 569.9::float8) END
              FROM b_cal c,
                   (SELECT extract(epoch FROM ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::time)::float8 / 60 AS m) m
              WHERE c.day = ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS now_pos),
    g AS (
      SELECT d.day, d.widx, d.working, d.is_today, d.first_n + k - 1 AS n,
        random() AS u_status, random() AS u_proc, random() AS u_ag, random() AS u_owner, random() AS u_guest,
        random() AS u_time, random() AS u_created, random() AS u_recv, random() AS u_path, random() AS u_fin,
        random() AS u_fwd, random() AS u_f1, random() AS u_f2, random() AS u_reg, random() AS u_clerk,
        random() AS u_spec, random() AS u_lead, random() AS u_app, random() AS u_chan, random() AS u_rate,
        random() AS u_misc, random() AS u_text, d.t1, d.t2, d.t3, d.t4, d.t5
      FROM b_day d CROSS JOIN LATERAL generate_series(1, d.cnt) k
      WHERE d.batch = $2::int),
    s0 AS (
      SELECT g.*,
        CASE WHEN u_status < t1 THEN 'unsent' WHEN u_status < t2 THEN 'sent' WHEN u_status < t3 THEN 'supplement-requested'
             WHEN u_status < t4 THEN 'processing' WHEN u_status < t5 THEN 'result' ELSE 'returned' END AS raw_status,
        (g.n % prm.step = 0 AND g.n / prm.step <= prm.heavy_max) AS heavy,
        -- local submission minute: mostly office hours, some evenings and nights; today only until now
        CASE WHEN g.is_today THEN u_time * extract(epoch FROM prm.now_time)::float8 / 60
             WHEN u_time < 0.72 THEN 450 + u_time / 0.72 * 570 ELSE (u_time - 0.72) / 0.28 * 1440 END AS s_min
      FROM g, prm),
    s1 AS (
      SELECT s0.*,
        raw_status IN ('processing', 'result') OR (raw_status = 'returned' AND u_path < 0.75)
          OR (raw_status = 'supplement-requested' AND u_path < 0.5) AS recv_path,
        bp.id AS procedure_id, bp.fv_id, bp.def_hash, bp.processing_days,
        pa.agency_id, pa.unit_code, pa.agency_name,
        -- the clerk handles a sent dossier the same working day when it came before 15:00, else the
        -- next working day (within the 8 working hours of Decree 45/2020)
        CASE WHEN working AND s_min < 900 THEN widx ELSE widx + 1 END AS r_widx,
        CASE WHEN working AND s_min < 900 THEN greatest(s_min, 450) + u_recv * (1020 - greatest(s_min, 450)) * 0.8 + 5
             ELSE 450 + u_recv * 420 END AS r_min
      FROM s0
      JOIN b_proc bp ON bp.rank = floor(${plan.procedures} * power(u_proc, 2.5))::int
      JOIN b_proc_agency pa ON pa.rank = bp.rank AND pa.slot = floor(u_ag * bp.n_ag)::int),
    -- Staff act in office time. An office-time position is (working-day index) × 570 + minutes
    -- since 07:30 (07:30–17:00 = 570 minutes): interpolating between positions keeps every
    -- step on a working day in office hours, in order. $14 maps a working-day index to its date.
    s2 AS MATERIALIZED (
      SELECT s1.*,
        r_widx * 570 + (r_min - 450) AS pos_r,
        (r_widx + processing_days) * 570 + 569.9::float8 AS pos_due,
        ${vn('s1.day', 's1.s_min')} AS s_at,
        ${vn('prm.wd[s1.r_widx + s1.processing_days]', '1020')} AS due_at
      FROM s1, prm),
    s3 AS MATERIALIZED (
      SELECT s2.*,
        -- when the handling ended: results on time (~18 % late by up to 8 working days), returns and
        -- supplement requests during the handling; straight from "sent" when the clerk first looks
        CASE
          WHEN raw_status = 'result' THEN
            CASE WHEN u_fin < 0.18 THEN pos_due + 30 + u_fin / 0.18 * 8 * 570
                 ELSE pos_r + (pos_due - pos_r) * (0.1 + 0.9 * (u_fin - 0.18) / 0.82) END
          WHEN raw_status IN ('returned', 'supplement-requested') AND recv_path THEN pos_r + (pos_due - pos_r) * u_fin * 0.7 + 10
          WHEN raw_status IN ('returned', 'supplement-requested') THEN pos_r
        END AS pos_e
      FROM s2),
    s4 AS MATERIALIZED (
      -- MATERIALIZED (s2, s3 too): inlined, the big expressions would be re-evaluated in every later use.
      -- What can have happened by now: later steps in the future are not there yet.
      SELECT s3.*,
        CASE
          WHEN raw_status IN ('unsent', 'sent') THEN raw_status
          WHEN recv_path AND pos_r > prm.now_pos THEN 'sent'
          WHEN raw_status = 'processing' THEN 'processing'
          WHEN pos_e > prm.now_pos THEN CASE WHEN recv_path THEN 'processing' ELSE 'sent' END
          ELSE raw_status END AS status
      FROM s3, prm),
    s5 AS (
      SELECT s4.*,
        status IN ('processing', 'result') OR (status IN ('returned', 'supplement-requested') AND recv_path) AS recv,
        CASE WHEN status IN ('processing', 'result') OR (status IN ('returned', 'supplement-requested') AND recv_path) THEN
          CASE status
            WHEN 'result' THEN CASE WHEN u_fwd < 0.1 THEN 0 WHEN u_fwd < 0.6 THEN 1 ELSE 2 END
            WHEN 'processing' THEN CASE WHEN u_fwd < 0.3 THEN 0 WHEN u_fwd < 0.8 THEN 1 ELSE 2 END
            ELSE CASE WHEN u_fwd < 0.55 THEN 0 ELSE 1 END END
        ELSE 0 END AS nf,
        CASE WHEN status = 'processing' THEN least(prm.now_pos, pos_due) ELSE pos_e END AS pos_end,
        NOT heavy AND status IN ('sent', 'processing', 'result', 'returned') AND u_guest < 0.03 AS guest
      FROM s4, prm),
    s6 AS (
      SELECT s5.*,
        recv AND u_reg < 0.45 AS reg,
        CASE WHEN status = 'unsent' THEN s_at
             ELSE s_at - (3 + power(u_created, 3) * 2880) * interval '1 minute' END AS created_at,
        ${posTs('s5.pos_r')} AS r_at,
        CASE WHEN pos_e IS NOT NULL THEN ${posTs('s5.pos_e')} END AS e_at,
        CASE WHEN recv THEN ${posTs('s5.pos_r + (s5.pos_end - s5.pos_r) * 0.03')} END AS reg_at,
        CASE WHEN recv THEN ${posTs('s5.pos_r + (s5.pos_end - s5.pos_r) * (0.05 + 0.25 * s5.u_f1)')} END AS f1_at,
        CASE WHEN recv THEN ${posTs('s5.pos_r + (s5.pos_end - s5.pos_r) * (0.4 + 0.4 * s5.u_f2)')} END AS f2_at
      FROM s5, prm),
    people AS (
      SELECT s6.*,
        CASE WHEN heavy THEN $5::uuid WHEN guest THEN NULL ELSE c.id END AS owner_id,
        CASE WHEN heavy THEN h.full_name WHEN guest THEN NULL ELSE c.full_name END AS owner_name,
        -- the applicant: the account holder, or (15 %, and guests) someone filed for
        (guest OR u_app < 0.15) AS other_applicant,
        CASE WHEN heavy THEN h.full_name ELSE c.full_name END AS c_name,
        CASE WHEN heavy THEN h.id_number ELSE c.id_number END AS c_id,
        CASE WHEN heavy THEN h.phone ELSE c.phone END AS c_phone,
        CASE WHEN heavy THEN h.email ELSE c.email END AS c_email,
        CASE WHEN heavy THEN h.address ELSE c.address END AS c_address,
        ${fullNameSql(6, 'u_misc < 0.5', 'u_text', 'u_misc * 2 - floor(u_misc * 2)', 'u_app * 7 - floor(u_app * 7)')} AS o_name,
        '011' || (CASE WHEN u_misc < 0.5 THEN '0' ELSE '1' END) || lpad((floor(u_text * 60) + 40)::int::text, 2, '0')
              || lpad(floor(random() * 1000000)::int::text, 6, '0') AS o_id,
        ${phoneSql('u_chan')} AS o_phone,
        'Số ' || (1 + floor(u_text * 300)::int) || ', ' || ${pick('$11::text[]', 'u_misc')} || ', tỉnh Điện Biên' AS o_address,
        st.clerk_ids[1 + floor(u_clerk * 2)::int] AS clerk_id, st.clerk_names[1 + floor(u_clerk * 2)::int] AS clerk_name,
        st.spec_ids[1 + floor(u_spec * 3)::int] AS spec_id, st.spec_names[1 + floor(u_spec * 3)::int] AS spec_name,
        st.lead_ids[1 + floor(u_lead * 2)::int] AS lead_id, st.lead_names[1 + floor(u_lead * 2)::int] AS lead_name
      FROM s6
      CROSS JOIN b_heavy h
      JOIN b_citizen c ON c.idx = floor(${plan.citizens} * power(u_owner, 1.3))::int
      JOIN b_staff st ON st.agency_id = s6.agency_id)
    SELECT
      (substr(hx, 1, 8) || '-' || substr(hx, 9, 4) || '-7' || substr(rx, 16, 3) || substr(rx, 19))::uuid AS id,
      p.n, p.day, p.status, p.heavy, p.guest, p.recv, p.reg, p.nf, p.procedure_id, p.fv_id, p.def_hash,
      p.agency_id, p.unit_code, p.agency_name, p.owner_id, p.owner_name,
      CASE WHEN p.guest THEN 'nguoinop' || p.n || '@example.com' END AS guest_email,
      CASE WHEN p.other_applicant THEN p.o_name ELSE p.c_name END AS applicant_name,
      CASE WHEN p.other_applicant THEN p.o_id ELSE p.c_id END AS applicant_id,
      CASE WHEN p.other_applicant THEN p.o_phone ELSE p.c_phone END AS applicant_phone,
      CASE WHEN p.guest THEN 'nguoinop' || p.n || '@example.com' ELSE p.c_email END AS applicant_email,
      CASE WHEN p.other_applicant THEN p.o_address ELSE p.c_address END AS applicant_address,
      CASE WHEN p.status = 'unsent' THEN 'online' WHEN p.u_chan < 0.85 THEN 'online' WHEN p.u_chan < 0.97 THEN 'in_person' ELSE 'post' END AS channel,
      p.created_at,
      CASE WHEN p.status <> 'unsent' THEN p.s_at END AS submitted_at,
      CASE WHEN p.recv THEN p.r_at END AS received_at,
      CASE WHEN p.recv THEN p.due_at END AS due_at,
      CASE WHEN p.status IN ('result', 'returned') THEN p.e_at END AS finished_at,
      CASE WHEN p.status = 'supplement-requested' THEN p.e_at END AS q_at,
      CASE WHEN p.reg THEN p.reg_at END AS reg_at,
      CASE WHEN p.nf >= 1 THEN p.f1_at END AS f1_at,
      CASE WHEN p.nf >= 2 THEN p.f2_at END AS f2_at,
      CASE WHEN p.status = 'supplement-requested' THEN ${pick('$12::text[]', 'p.u_text')} END AS supplement_request,
      CASE WHEN p.status = 'returned' THEN ${pick('$13::text[]', 'p.u_text')} END AS return_reason,
      CASE WHEN p.status = 'processing' THEN (CASE p.nf WHEN 0 THEN p.clerk_id WHEN 1 THEN p.spec_id ELSE p.lead_id END) END AS assignee_id,
      1 + (p.status <> 'unsent')::int + p.recv::int + p.reg::int + p.nf
        + (p.status IN ('supplement-requested', 'result', 'returned'))::int AS version,
      p.clerk_id, p.clerk_name, p.spec_id, p.spec_name, p.lead_id, p.lead_name,
      p.u_rate, p.u_misc,
      CASE WHEN p.status <> 'unsent'
        THEN row_number() OVER (PARTITION BY p.agency_id, p.day, p.status <> 'unsent' ORDER BY p.s_at, p.n) END AS seq
    FROM people p
    CROSS JOIN LATERAL (SELECT lpad(to_hex(floor(extract(epoch FROM p.created_at) * 1000)::bigint), 12, '0') AS hx,
                               gen_random_uuid()::text AS rx) u
    `,
    [
      now,
      batch,
      step,
      HEAVY_DOSSIERS,
      plan.heavyId,
      ...NAME_PARAMS,
      V.STREETS,
      V.SUPPLEMENT_REQUESTS,
      V.RETURN_REASONS,
      plan.workingDays,
    ],
  );

  const { rowCount } = await run('insert dossier', 
    `
    INSERT INTO dossier (id, code, procedure_id, form_version_id, agency_id, owner_id, guest_email, guest_confirmed_at,
      applicant, applicant_name, applicant_id_number, form_data, status, version, channel, assignee_id,
      submitted_at, received_at, due_at, original_due_at, finished_at, supplement_request, return_reason,
      apology_count, created_at, updated_at)
    SELECT b.id,
      CASE WHEN b.seq IS NOT NULL THEN b.unit_code || '-' || to_char(b.day, 'YYMMDD') || '-'
        || CASE WHEN b.seq < 10000 THEN lpad(b.seq::text, 4, '0') ELSE b.seq::text END END,
      b.procedure_id, b.fv_id, b.agency_id, b.owner_id, b.guest_email,
      CASE WHEN b.guest THEN b.submitted_at - interval '2 minutes' END,
      jsonb_strip_nulls(jsonb_build_object('fullName', b.applicant_name, 'idNumber', b.applicant_id,
        'phone', b.applicant_phone, 'email', b.applicant_email, 'address', b.applicant_address)),
      b.applicant_name, b.applicant_id,
      f.template
        || CASE WHEN f.name_key IS NOT NULL THEN jsonb_build_object(f.name_key, b.applicant_name) ELSE '{}'::jsonb END
        || CASE WHEN f.id_key IS NOT NULL THEN jsonb_build_object(f.id_key, b.applicant_id) ELSE '{}'::jsonb END
        || CASE WHEN f.phone_key IS NOT NULL THEN jsonb_build_object(f.phone_key, b.applicant_phone) ELSE '{}'::jsonb END
        || CASE WHEN f.email_key IS NOT NULL AND b.applicant_email IS NOT NULL
                THEN jsonb_build_object(f.email_key, b.applicant_email) ELSE '{}'::jsonb END,
      b.status::dossier_status, b.version, b.channel::submission_channel, b.assignee_id,
      b.submitted_at, b.received_at, b.due_at, b.due_at, b.finished_at, b.supplement_request, b.return_reason, 0,
      b.created_at,
      CASE WHEN b.status = 'unsent' THEN least(b.created_at + b.u_misc * interval '2 days', $1::timestamptz)
           ELSE greatest(b.submitted_at, b.received_at, b.reg_at, b.f1_at, b.f2_at, b.q_at, b.finished_at) END
    FROM b_batch b JOIN b_form f ON f.def_hash = b.def_hash
    ORDER BY b.id
    `,
    [now],
  );

  // The processing history, in time order per dossier. Actor snapshots as the API writes them.
  await run('insert history', `
    INSERT INTO dossier_history_event (dossier_id, at, action, from_status, to_status, actor_id, actor_name, actor_role,
      actor_unit, receiver_id, receiver_name, receiver_role, receiver_unit, note)
    SELECT b.id, e.at, e.action, e.from_s::dossier_status, e.to_s::dossier_status, e.actor_id, e.actor_name,
      e.actor_role::role, CASE WHEN e.actor_role IN ('clerk', 'specialist', 'leader') THEN b.agency_name END,
      e.recv_id, e.recv_name, e.recv_role::role, CASE WHEN e.recv_role IS NOT NULL THEN b.agency_name END, e.note
    FROM b_batch b CROSS JOIN LATERAL (VALUES
      (1, b.submitted_at, 'submit', 'unsent', 'sent', b.owner_id,
          coalesce(b.owner_name, b.applicant_name), CASE WHEN b.owner_id IS NOT NULL THEN 'citizen' END,
          NULL::uuid, NULL, NULL, NULL),
      (2, CASE WHEN b.recv THEN b.received_at END, 'receive', 'sent', 'processing', b.clerk_id, b.clerk_name, 'clerk',
          NULL, NULL, NULL, NULL),
      (3, b.reg_at, 'register', 'processing', 'processing', b.clerk_id, b.clerk_name, 'clerk', NULL, NULL, NULL, NULL),
      (4, b.f1_at, 'forward', 'processing', 'processing', b.clerk_id, b.clerk_name, 'clerk',
          b.spec_id, b.spec_name, 'specialist', 'Chuyển chuyên viên thụ lý'),
      (5, b.f2_at, 'forward', 'processing', 'processing', b.spec_id, b.spec_name, 'specialist',
          b.lead_id, b.lead_name, 'leader', 'Trình lãnh đạo phê duyệt'),
      (6, b.q_at, 'request-supplement', CASE WHEN b.recv THEN 'processing' ELSE 'sent' END, 'supplement-requested',
          CASE WHEN b.nf >= 1 THEN b.spec_id ELSE b.clerk_id END, CASE WHEN b.nf >= 1 THEN b.spec_name ELSE b.clerk_name END,
          CASE WHEN b.nf >= 1 THEN 'specialist' ELSE 'clerk' END, NULL, NULL, NULL, b.supplement_request),
      (7, CASE WHEN b.status = 'result' THEN b.finished_at END, 'complete', 'processing', 'result',
          CASE b.nf WHEN 0 THEN b.clerk_id WHEN 1 THEN b.spec_id ELSE b.lead_id END,
          CASE b.nf WHEN 0 THEN b.clerk_name WHEN 1 THEN b.spec_name ELSE b.lead_name END,
          CASE b.nf WHEN 0 THEN 'clerk' WHEN 1 THEN 'specialist' ELSE 'leader' END, NULL, NULL, NULL,
          'Đã có kết quả giải quyết'),
      (8, CASE WHEN b.status = 'returned' THEN b.finished_at END, 'return', CASE WHEN b.recv THEN 'processing' ELSE 'sent' END,
          'returned', CASE WHEN b.nf >= 1 THEN b.lead_id ELSE b.clerk_id END,
          CASE WHEN b.nf >= 1 THEN b.lead_name ELSE b.clerk_name END, CASE WHEN b.nf >= 1 THEN 'leader' ELSE 'clerk' END,
          NULL, NULL, NULL, b.return_reason)
    ) e(seq, at, action, from_s, to_s, actor_id, actor_name, actor_role, recv_id, recv_name, recv_role, note)
    WHERE e.at IS NOT NULL
    ORDER BY b.id, e.seq
  `);

  await run('insert rating', 
    `
    INSERT INTO dossier_rating (dossier_id, user_id, score, comment, created_at)
    SELECT id, owner_id,
      CASE WHEN v < 0.55 THEN 5 WHEN v < 0.8 THEN 4 WHEN v < 0.9 THEN 3 WHEN v < 0.95 THEN 2 ELSE 1 END,
      CASE WHEN u_misc < 0.3 THEN ${pick('$2::text[]', 'u_misc / 0.3')} END,
      least(finished_at + (1 + u_misc * 96) * interval '1 hour', $1::timestamptz)
    FROM (SELECT *, u_rate / ${RATED / 0.97} AS v FROM b_batch
          WHERE status = 'result' AND owner_id IS NOT NULL AND u_rate < ${RATED / 0.97}) r;
    `,
    [now, V.RATING_COMMENTS],
  );
  await run('pauses + sequences', `
    INSERT INTO dossier_pause (id, dossier_id, started_at, ended_at)
      SELECT pg_temp.uuid7(q_at), id, q_at, NULL FROM b_batch WHERE status = 'supplement-requested' AND recv;
    INSERT INTO dossier_code_sequence (agency_id, day, last_value)
      SELECT agency_id, day, max(seq)::int FROM b_batch WHERE seq IS NOT NULL GROUP BY agency_id, day
      ON CONFLICT (agency_id, day) DO UPDATE SET last_value = greatest(dossier_code_sequence.last_value, excluded.last_value);
    DROP TABLE b_batch;
  `);
  return rowCount ?? 0;
}

// ───────────────────────────── phase 6: checks ─────────────────────────────

interface Check {
  name: string;
  sql: string;
  /** true when the value is right */
  ok: (value: number) => boolean;
  expect: string;
}

async function runChecks(client: pg.Client, now: Date): Promise<boolean> {
  const codePattern = String.raw`^[A-Za-z0-9][A-Za-z0-9._-]*-[0-9]{6}-([0-9]{4}|[1-9][0-9]{4,})$`;
  const zero = (value: number) => value === 0;
  const checks: Check[] = [
    { name: 'procedures in total', sql: 'SELECT count(*) FROM procedure', ok: (v) => v >= TARGET_PROCEDURES, expect: `≥ ${fmt(TARGET_PROCEDURES)}` },
    {
      name: 'procedures without their current form version',
      sql: `SELECT count(*) FROM procedure p WHERE NOT EXISTS (SELECT 1 FROM procedure_form_version f WHERE f.procedure_id = p.id AND f.version = p.form_version)`,
      ok: zero, expect: '0',
    },
    { name: 'procedures without a handling agency', sql: 'SELECT count(*) FROM procedure p WHERE NOT EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.procedure_id = p.id)', ok: zero, expect: '0' },
    {
      name: 'synthetic procedures with not 2–4 components',
      sql: `SELECT count(*) FROM procedure p WHERE p.code ~ '^2\\.9[0-9]{5}\\.' AND (SELECT count(*) FROM procedure_component c WHERE c.procedure_id = p.id) NOT BETWEEN 2 AND 4`,
      ok: zero, expect: '0',
    },
    { name: 'synthetic citizens', sql: `SELECT count(*) FROM app_user WHERE kind = 'citizen' AND status = 'active' AND username ~ '^bench[0-9]+$'`, ok: (v) => v === CITIZENS, expect: fmt(CITIZENS) },
    { name: `dossiers of ${HEAVY_USERNAME}`, sql: `SELECT count(*) FROM dossier d JOIN app_user u ON u.id = d.owner_id WHERE u.username = '${HEAVY_USERNAME}'`, ok: (v) => v === HEAVY_DOSSIERS, expect: fmt(HEAVY_DOSSIERS) },
    { name: 'dossiers in total', sql: 'SELECT count(*) FROM dossier', ok: (v) => v === TARGET_DOSSIERS, expect: fmt(TARGET_DOSSIERS) },
    { name: 'code missing / present against status', sql: `SELECT count(*) FROM dossier WHERE (code IS NULL) <> (status = 'unsent')`, ok: zero, expect: '0' },
    { name: 'duplicate codes', sql: 'SELECT count(code) - count(DISTINCT code) FROM dossier', ok: zero, expect: '0' },
    {
      name: 'malformed codes (format, unit code, local date)',
      sql: `SELECT count(*) FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.code IS NOT NULL AND (d.code !~ '${codePattern}'
              OR left(d.code, length(a.unit_code) + 8) <> a.unit_code || '-' || to_char(d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-')`,
      ok: zero, expect: '0',
    },
    {
      name: '(agency, day) sequences with gaps or not in dossier_code_sequence',
      sql: `SELECT count(*) FROM (
              SELECT d.agency_id, (d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*) AS n,
                     max(split_part(d.code, '-', 3)::int) AS top
              FROM dossier d WHERE d.code IS NOT NULL GROUP BY 1, 2) s
            LEFT JOIN dossier_code_sequence q ON q.agency_id = s.agency_id AND q.day = s.day
            WHERE s.n <> s.top OR q.last_value IS DISTINCT FROM s.top::int`,
      ok: zero, expect: '0',
    },
    {
      name: 'non-unsent dossiers without a submit event',
      sql: `SELECT count(*) FROM dossier d WHERE d.status <> 'unsent' AND NOT EXISTS (SELECT 1 FROM dossier_history_event h WHERE h.dossier_id = d.id AND h.action = 'submit')`,
      ok: zero, expect: '0',
    },
    {
      name: 'dossiers whose version ≠ 1 + history rows',
      sql: `SELECT count(*) FROM dossier d LEFT JOIN (SELECT dossier_id, count(*) AS n FROM dossier_history_event GROUP BY 1) h ON h.dossier_id = d.id
            WHERE d.version <> 1 + coalesce(h.n, 0)`,
      ok: zero, expect: '0',
    },
    {
      name: "dossiers whose last event's to_status ≠ status",
      sql: `SELECT count(*) FROM (SELECT DISTINCT ON (dossier_id) dossier_id, to_status FROM dossier_history_event ORDER BY dossier_id, at DESC, id DESC) h
            JOIN dossier d ON d.id = h.dossier_id WHERE h.to_status <> d.status`,
      ok: zero, expect: '0',
    },
    {
      name: 'history rows with an unknown action',
      sql: `SELECT count(*) FROM dossier_history_event WHERE action NOT IN ('submit', 'receive', 'forward', 'register', 'request-supplement', 'return', 'complete')`,
      ok: zero, expect: '0',
    },
    {
      name: 'timestamps out of order or in the future',
      sql: `SELECT count(*) FROM dossier WHERE submitted_at < created_at OR received_at < submitted_at OR due_at < received_at
              OR finished_at < coalesce(received_at, submitted_at) OR updated_at < created_at
              OR greatest(created_at, submitted_at, received_at, finished_at, updated_at) > $1::timestamptz
              OR (status IN ('processing', 'result') AND (received_at IS NULL OR due_at IS NULL))
              OR ((status IN ('result', 'returned')) <> (finished_at IS NOT NULL))`,
      ok: zero, expect: '0',
    },
    { name: 'ratings outside result dossiers', sql: `SELECT count(*) FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id WHERE d.status <> 'result'`, ok: zero, expect: '0' },
    {
      name: 'dossiers with a dangling reference',
      sql: `SELECT count(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM procedure p WHERE p.id = d.procedure_id)
              OR NOT EXISTS (SELECT 1 FROM procedure_form_version f WHERE f.id = d.form_version_id AND f.procedure_id = d.procedure_id)
              OR NOT EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.procedure_id = d.procedure_id AND pa.agency_id = d.agency_id)
              OR (d.owner_id IS NULL AND d.guest_email IS NULL)
              OR (d.owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = d.owner_id))
              OR (d.assignee_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = d.assignee_id))`,
      ok: zero, expect: '0',
    },
    {
      name: 'history rows with a dangling reference',
      sql: `SELECT count(*) FROM dossier_history_event h WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.id = h.dossier_id)
              OR (h.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = h.actor_id))
              OR (h.receiver_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = h.receiver_id))`,
      ok: zero, expect: '0',
    },
    {
      name: 'ratings, pauses, sequences with a dangling reference',
      sql: `SELECT (SELECT count(*) FROM dossier_rating r WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.id = r.dossier_id)
                     OR (r.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = r.user_id)))
             + (SELECT count(*) FROM dossier_pause p WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.id = p.dossier_id))
             + (SELECT count(*) FROM dossier_code_sequence q WHERE NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = q.agency_id))`,
      ok: zero, expect: '0',
    },
  ];
  out('  check                                                        value        expected  ');
  let allOk = true;
  for (const check of checks) {
    const t = performance.now();
    const value = Number(await scalar(client, check.sql, check.sql.includes('$1') ? [now] : []));
    const ok = check.ok(value);
    allOk &&= ok;
    out(`  ${ok ? 'ok  ' : 'FAIL'} ${check.name.padEnd(58)} ${fmt(value).padStart(10)}  ${check.expect.padStart(10)}  (${secondsSince(t).toFixed(1)} s)`);
  }

  const { rows: statuses } = await client.query<{ status: string; n: number; pct: string }>(`
    SELECT status::text, count(*)::int AS n, round(100.0 * count(*) / sum(count(*)) OVER (), 1)::text AS pct
    FROM dossier GROUP BY status ORDER BY min(array_position(enum_range(NULL::dossier_status), status))`);
  const targets: Record<string, number> = {
    unsent: MIX.unsent, sent: MIX.sent, 'supplement-requested': MIX.supplement, processing: MIX.processing,
    result: MIX.result, returned: MIX.returned,
  };
  out('  status distribution:');
  for (const row of statuses) {
    out(`    ${row.status.padEnd(22)} ${fmt(row.n).padStart(10)}  ${row.pct.padStart(5)} %   (target ${((targets[row.status] ?? 0) * 100).toFixed(0)} %)`);
  }
  const { rows: actions } = await client.query<{ action: string; n: number }>(
    'SELECT action, count(*)::int AS n FROM dossier_history_event GROUP BY action ORDER BY n DESC',
  );
  out(`  history actions: ${actions.map((a) => `${a.action} ${fmt(a.n)}`).join(', ')}`);
  const { rows: misc } = await client.query(`
    SELECT
      (SELECT round(100.0 * count(r.dossier_id) / nullif(count(*), 0), 1) FROM dossier d LEFT JOIN dossier_rating r ON r.dossier_id = d.id WHERE d.status = 'result') AS rated_pct,
      (SELECT round(avg(score), 2) FROM dossier_rating) AS avg_score,
      (SELECT round(100.0 * count(*) FILTER (WHERE finished_at > due_at) / nullif(count(*), 0), 1) FROM dossier WHERE status = 'result') AS late_pct,
      (SELECT round(100.0 * count(*) FILTER (WHERE channel = 'online') / count(*), 1) FROM dossier) AS online_pct,
      (SELECT round(100.0 * count(*) FILTER (WHERE owner_id IS NULL) / count(*), 1) FROM dossier) AS guest_pct,
      (SELECT max(n) FROM (SELECT count(*) AS n FROM dossier WHERE owner_id IS NOT NULL GROUP BY owner_id) o) AS max_per_owner,
      (SELECT max(split_part(code, '-', 3)::int) FROM dossier WHERE code IS NOT NULL) AS max_seq`);
  const m = misc[0];
  out(
    `  result dossiers rated ${m.rated_pct} % (mean score ${m.avg_score}); results finished late ${m.late_pct} %; ` +
      `online ${m.online_pct} %; guest ${m.guest_pct} %; most dossiers per owner ${m.max_per_owner}; highest daily sequence ${m.max_seq}`,
  );
  return allOk;
}

// ───────────────────────────── summary ─────────────────────────────

const TABLES = [
  'agency', 'field', 'procedure', 'procedure_agency', 'procedure_component', 'procedure_form_version', 'app_user',
  'dossier', 'dossier_history_event', 'dossier_rating', 'dossier_pause', 'dossier_code_sequence', 'calendar_day',
];

async function printSummary(client: pg.Client): Promise<void> {
  out();
  out('════════ summary ════════');
  out('time per phase:');
  for (const p of phases) out(`  ${p.name.padEnd(36)} ${p.seconds.toFixed(1).padStart(7)} s`);
  out(`  ${'total'.padEnd(36)} ${secondsSince(started).toFixed(1).padStart(7)} s`);
  out('rows per table:');
  for (const table of TABLES) {
    const n = await scalar<number>(client, `SELECT count(*)::bigint FROM "${table}"`);
    out(`  ${table.padEnd(36)} ${fmt(Number(n)).padStart(12)}`);
  }
  const size = await scalar<string>(client, 'SELECT pg_size_pretty(pg_database_size(current_database()))');
  out(`database ${DATABASE} size: ${size}`);
  const { rows } = await client.query(`
    SELECT c.relname AS table, pg_size_pretty(pg_total_relation_size(c.oid)) AS total,
           pg_size_pretty(pg_relation_size(c.oid)) AS heap, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes,
           pg_size_pretty(pg_total_relation_size(c.oid) - pg_relation_size(c.oid) - pg_indexes_size(c.oid)) AS toast
    FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
    WHERE ns.nspname = 'public' AND c.relkind = 'r'
    ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8`);
  out('largest tables (total = heap + indexes + toast):');
  for (const r of rows) {
    out(`  ${String(r.table).padEnd(26)} total ${String(r.total).padStart(8)}   heap ${String(r.heap).padStart(8)}   indexes ${String(r.indexes).padStart(8)}   toast ${String(r.toast).padStart(8)}`);
  }
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<number> {
  const now = new Date();
  out(`seed-large: ${fmt(TARGET_PROCEDURES)} procedures, ${fmt(TARGET_DOSSIERS)} dossiers, ${fmt(CITIZENS)} citizens, database ${DATABASE}`);

  if (args.reset) {
    await phase('drop database (--reset)', () => dropBenchDatabase(DATABASE));
  } else if (await databaseExists(DATABASE)) {
    const existing = await withClient(databaseUrl(DATABASE), async (client) =>
      (await tableExists(client, 'dossier')) ? Number(await scalar(client, 'SELECT count(*) FROM dossier')) : 0,
    );
    if (existing >= TARGET_DOSSIERS) {
      out(`${DATABASE} already has ${fmt(existing)} dossiers (≥ ${fmt(TARGET_DOSSIERS)} asked): nothing to do. Use --reset to rebuild it.`);
      return 0;
    }
    if (existing > 0) {
      out(`${DATABASE} has ${fmt(existing)} dossiers from an earlier, smaller or interrupted run; dossiers are not topped up.`);
      out('Run again with --reset to rebuild the database.');
      return 1;
    }
  }

  const url = await phase('create, migrate, seed demo', () => prepareBenchDatabase(DATABASE, { log: (m) => out(`  ${m}`) }));
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    await client.query(SESSION_SQL);
    await phase('procedures', async () => {
      const added = await seedProcedures(client, now);
      out(`  added ${fmt(added)} procedures (+ form version, handling agency, 2–4 components each)`);
    });
    await phase('citizens', async () => {
      const added = await seedCitizens(client, now);
      out(`  added ${fmt(added)} citizens (incl. ${HEAVY_USERNAME}), password as the demo citizen 'congdan'`);
    });
    const plan = await phase('plan (calendar, days, staff, forms)', () => buildPlan(client, now));
    out(`  ${plan.batches} batches; ${fmt(plan.procedures)} online procedures; ${fmt(plan.citizens)} citizens`);

    await phase('dossiers + history', async () => {
      // As a superuser, skip the foreign-key triggers while loading (~30 % faster): the rows
      // are generated from existing keys, and the checks below verify every reference.
      const superuser = await scalar<boolean>(client, 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
      if (superuser) await client.query('SET session_replication_role = replica');
      out(`  foreign-key triggers ${superuser ? 'off while loading (superuser); references are checked afterwards' : 'on (not a superuser)'}`);
      const t = performance.now();
      let done = 0;
      try {
        for (let batch = 0; batch < plan.batches; batch++) {
          await client.query('BEGIN');
          done += await insertBatch(client, batch, plan, now);
          await client.query('COMMIT');
          out(`  dossiers ${fmt(done)}/${fmt(TARGET_DOSSIERS)}, ${secondsSince(t).toFixed(0)} s`);
        }
      } finally {
        if (superuser) await client.query('RESET session_replication_role');
      }
    });
    // The statistics summary (dossier_stat_month) is kept by statement triggers, which the
    // replica role above skips: rebuilt once from the dossiers (idempotent either way).
    if (await scalar<boolean>(client, "SELECT to_regproc('dossier_stats_rebuild') IS NOT NULL")) {
      await phase('statistics summary', async () => {
        await client.query('SELECT dossier_stats_rebuild()');
        out(`  ${fmt(await scalar<number>(client, 'SELECT count(*)::int FROM dossier_stat_month'))} summary rows (agency × field × month)`);
      });
    }
    // The staff inbox counters (dossier_inbox_count) too: statement triggers, skipped as well.
    if (await scalar<boolean>(client, "SELECT to_regproc('dossier_inbox_count_rebuild') IS NOT NULL")) {
      await phase('staff inbox counters', async () => {
        await client.query('SELECT dossier_inbox_count_rebuild()');
      });
    }
    await phase('usage counts', async () => {
      const { rowCount } = await client.query(`
        UPDATE procedure p SET usage_count = c.n
        FROM (SELECT procedure_id, count(*)::int AS n FROM dossier GROUP BY procedure_id) c
        WHERE c.procedure_id = p.id AND p.usage_count <> c.n`);
      out(`  ${fmt(rowCount ?? 0)} procedures updated`);
    });
    await phase('vacuum analyze', () => client.query('VACUUM (ANALYZE)'));
    const ok = await phase('checks', () => runChecks(client, now));
    await printSummary(client);
    if (!ok) out('SOME CHECKS FAILED (see above)');
    return ok ? 0 : 1;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`seed-large failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
