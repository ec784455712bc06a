import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchWords, singleEdits, type TProcedurePage } from '@portal/domain';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

/**
 * catalogue_search() (migration 20261122024059_catalogue_search) ranks in a narrow table
 * kept by a trigger, with precomputed parts, prefixes expanded from the dictionary and a
 * single pass over the matches. These tests hold it to the plain definition: every
 * procedure whose name has all the words (the last as a prefix), ranked by the relevance
 * formula computed from scratch on the procedure table.
 */
describe('search ranking (catalogue_search against the plain definition)', () => {
  let ctx: TestContext;
  let fieldId: string;
  let agencyId: string;

  beforeAll(async () => {
    // No response cache: every request reaches PostgreSQL.
    ctx = await createTestApp({ CATALOGUE_CACHE_SECONDS: '0' });
    // 600 more procedures with names combined from the demo's (many share words, lengths
    // and usage counts: ties), spread over the demo's fields, agencies and levels.
    await ctx.prisma.$executeRawUnsafe(`
      INSERT INTO procedure (id, code, name, agency_id, field_id, service_level, steps, processing_days, fees, legal_basis,
                             applicants, result_description, usage_count, updated_at)
      SELECT gen_random_uuid(), '9.' || lpad(k::text, 6, '0') || '.T',
             (ARRAY['Cấp', 'Cấp lại', 'Gia hạn', 'Đăng ký', 'Thu hồi', 'Xác nhận'])[1 + k % 6] || ' ' || lower(d.name)
               || (ARRAY['', ' đối với cá nhân', ' cấp xã', ' lần đầu', ' có yếu tố nước ngoài'])[1 + (k / 6) % 5],
             d.agency_id, d.field_id,
             (ARRAY['full_online', 'partial_online', 'info_only'])[1 + k % 3]::service_level,
             '[]', 5, '[]', '[]', 'Tổ chức, cá nhân', 'Kết quả', (k * 37) % 50, now()
      FROM generate_series(1, 600) k
      CROSS JOIN LATERAL (SELECT * FROM procedure p WHERE p.code NOT LIKE '9.%' ORDER BY md5(p.id::text || k::text) LIMIT 1) d`);
    const [target] = await ctx.prisma.$queryRaw<{ field_id: string; agency_id: string }[]>`
      SELECT field_id::text, agency_id::text FROM procedure WHERE code = '1.009994.H18'`;
    fieldId = target!.field_id;
    agencyId = target!.agency_id;
  });
  afterAll(() => ctx.close());

  const search = async (query: string): Promise<TProcedurePage> => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  /** The definition, computed from scratch on the procedure table, brute force. */
  const reference = async (q: string, options: { fieldId?: string; agencyId?: string; level?: string; online?: boolean; sort?: string } = {}) => {
    const words = searchWords(q);
    const text = words.join(' ');
    const raw = q.trim().toLowerCase();
    const code = /\d/.test(raw) && /^[a-z0-9.\-]+$/.test(raw) ? `${raw}%` : null;
    const tsquery = words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
    const key =
      options.sort === 'popular'
        ? 'p.usage_count::numeric'
        : options.sort === 'name'
          ? 'p.name'
          : `(8 * (p.search_text = $1)::int + 4 * (p.search_text LIKE $1 || '%')::int
              + 2 * ((' ' || p.search_text) LIKE '% ' || $1 || '%')::int
              + 8 * coalesce(lower(p.code) LIKE $3, false)::int
              + least(1.0, length($1)::float8 / greatest(length(p.search_text), 1)) + ln(1 + p.usage_count) / 30)::numeric(12, 6)`;
    return ctx.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT p.id::text FROM procedure p
       WHERE p.active AND $1::text IS NOT NULL
         AND (p.search_vector @@ to_tsquery('simple', $2) OR coalesce(lower(p.code) LIKE $3, false))
         AND ($4::uuid IS NULL OR p.field_id = $4::uuid)
         AND ($5::uuid IS NULL OR p.agency_id = $5::uuid
              OR EXISTS (SELECT 1 FROM procedure_agency pa WHERE pa.procedure_id = p.id AND pa.agency_id = $5::uuid))
         AND ($6::service_level IS NULL OR p.service_level = $6::service_level)
         AND ($6::service_level IS NOT NULL OR NOT $7::boolean OR p.service_level <> 'info_only')
       ORDER BY ${key} ${options.sort === 'name' ? 'ASC' : 'DESC'}, p.id`,
      text,
      tsquery,
      code,
      options.fieldId ?? null,
      options.agencyId ?? null,
      options.level ?? null,
      options.online ?? false,
    );
  };

  const cases: [string, Parameters<typeof reference>[1]][] = [
    ['cap', {}],
    ['c', {}],
    ['gi', {}],
    ['giay phep', {}],
    ['Giấy phép xây dựng', {}],
    ['dang ky', {}],
    ['đăng ký khai sinh', {}],
    ['khai si', {}],
    ['cap lai giay', {}],
    ['doi voi ca nhan', {}],
    ['1.0099', {}],
    ['9.0001', {}],
    ['1', {}],
    ['giay phep', { fieldId: 'FIELD' }],
    ['cap', { agencyId: 'AGENCY' }],
    ['dang ky', { level: 'full_online' }],
    ['dang ky', { online: true }],
    ['cap', { fieldId: 'FIELD', online: true }],
    ['9.000', { agencyId: 'AGENCY' }],
    ['giay', { sort: 'popular' }],
    ['dang', { sort: 'name' }],
  ];

  it.each(cases)('"%s" %j: same procedures, same order, same total, page by page', async (q, rawOptions) => {
    const options = { ...rawOptions, fieldId: rawOptions?.fieldId && fieldId, agencyId: rawOptions?.agencyId && agencyId };
    const expected = (await reference(q, options)).map((row) => row.id);
    const filters =
      (options.fieldId ? `&fieldId=${options.fieldId}` : '') +
      (options.agencyId ? `&agencyId=${options.agencyId}` : '') +
      (options.level ? `&level=${options.level}` : '') +
      (options.online ? '&online=true' : '') +
      (options.sort ? `&sort=${options.sort}` : '');
    const first = await search(`q=${encodeURIComponent(q)}${filters}&limit=100`);
    expect(first.approximate).toBe(false);
    expect(first.total).toBe(expected.length);
    expect(first.items.map((item) => item.id)).toEqual(expected.slice(0, 100));

    // The same sequence 37 at a time (ties across page boundaries included), up to 150.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: TProcedurePage = await search(`q=${encodeURIComponent(q)}${filters}&limit=37${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.total).toBe(cursor ? null : expected.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 150);
    expect(seen).toEqual(expected.slice(0, seen.length));
    if (!cursor) expect(seen.length).toBe(expected.length);
  });

  it('knows every word of every name (the last word of a query is expanded from this dictionary)', async () => {
    const [missing] = await ctx.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM procedure p, unnest(tsvector_to_array(p.search_vector)) AS w(term)
      WHERE NOT EXISTS (SELECT 1 FROM search_term t WHERE t.term = w.term)`;
    expect(missing!.n).toBe(0);
  });

  it('corrects with the same single edits as singleEdits() in @portal/domain', async () => {
    for (const word of ['a', 'dnug', 'sinh', 'khai', 'xay', 'giayphepxay', 'lop10']) {
      const rows = await ctx.prisma.$queryRaw<{ edit: string }[]>`SELECT DISTINCT edit FROM search_single_edits(${word})`;
      expect(new Set(rows.map((row) => row.edit)), word).toEqual(new Set(singleEdits(word)));
    }
  });

  it('keeps the search table in step with the procedures: new, renamed, more used, withdrawn, deleted', async () => {
    const names = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items.map((item) => item.name);
    const template = await ctx.prisma.procedure.findFirstOrThrow({ where: { code: '1.009994.H18' } });
    const created = await ctx.prisma.procedure.create({
      data: {
        code: 'TEST.SYNC.001',
        name: 'Cấp phép nuôi chim yến trong nhà',
        agencyId: template.agencyId,
        fieldId: template.fieldId,
        serviceLevel: 'full_online',
        steps: [],
        processingDays: 5,
        fees: [],
        legalBasis: [],
        applicants: 'Tổ chức, cá nhân',
        resultDescription: 'Giấy phép',
      },
    });
    expect(await names('nuoi chim yen')).toEqual(['Cấp phép nuôi chim yến trong nhà']);
    expect((await search('q=test.sync.0')).items.map((item) => item.code)).toEqual(['TEST.SYNC.001']);

    await ctx.prisma.procedure.update({ where: { id: created.id }, data: { name: 'Cấp phép nuôi ong mật' } });
    expect(await names('nuoi ong mat')).toEqual(['Cấp phép nuôi ong mật']);
    expect((await search('q=nuoi%20chim%20yen%20trong%20nha')).items).toEqual([]);

    await ctx.prisma.procedure.update({ where: { id: created.id }, data: { usageCount: 5000 } });
    const [row] = await ctx.prisma.$queryRaw<{ usage_count: number; popularity: number }[]>`
      SELECT usage_count, popularity FROM procedure_search WHERE id = ${created.id}::uuid`;
    expect(row!.usage_count).toBe(5000);
    expect(row!.popularity).toBeCloseTo(Math.log(5001) / 30, 12);

    await ctx.prisma.procedure.update({ where: { id: created.id }, data: { active: false } });
    expect(await names('nuoi ong mat')).toEqual([]);
    await ctx.prisma.procedure.update({ where: { id: created.id }, data: { active: true } });
    expect(await names('nuoi ong mat')).toEqual(['Cấp phép nuôi ong mật']);

    await ctx.prisma.procedure.delete({ where: { id: created.id } });
    expect(await names('nuoi ong mat')).toEqual([]);
  });
});
