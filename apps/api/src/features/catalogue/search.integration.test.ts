import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchNormalize, ZProcedurePage, type THighlightSegment, type TProcedurePage } from '@portal/domain';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('procedure search (GET /api/v1/procedures?q=)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const search = async (query: string): Promise<TProcedurePage> => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    // The route writes its answer as built: it must be exactly the documented shape.
    const page: TProcedurePage = response.json();
    expect(ZProcedurePage.parse(page)).toEqual(page);
    return page;
  };
  const q = (text: string, extra = '') => search(`q=${encodeURIComponent(text)}${extra}`);
  const names = (page: TProcedurePage) => page.items.map((item) => item.name);
  const marked = (segments: THighlightSegment[] | undefined) => (segments ?? []).filter((s) => s.match).map((s) => s.text);

  it('finds "Cấp giấy phép xây dựng" typed without diacritics, first', async () => {
    const page = await q('giay phep xay dung');
    expect(names(page)[0]).toBe('Cấp giấy phép xây dựng');
    expect(page.approximate).toBe(false);
    // every result has all the words
    for (const name of names(page)) expect(searchNormalize(name)).toMatch(/giay phep xay dung/);
    expect(page.total).toBe(page.items.length);
  });

  it('ranks the procedure whose name is exactly the query first', async () => {
    expect(names(await q('Đăng ký khai sinh'))[0]).toBe('Đăng ký khai sinh');
    expect(names(await q('dang ky ket hon'))[0]).toBe('Đăng ký kết hôn');
    // "khai sinh" is in several names; the shortest, most complete match leads
    expect(names(await q('khai sinh'))[0]).toBe('Đăng ký khai sinh');
  });

  it('treats the last word as a prefix while the citizen is typing', async () => {
    expect(names(await q('giay phep xay d'))).toContain('Cấp giấy phép xây dựng');
    expect(names(await q('khai si'))).toContain('Đăng ký khai sinh');
  });

  it('tolerates small typos and says the results are approximate', async () => {
    const swapped = await q('giay phep xay dnug');
    expect(swapped.approximate).toBe(true);
    expect(names(swapped)[0]).toBe('Cấp giấy phép xây dựng');
    // Only the unknown word is corrected: every result still has "giay phep xay".
    for (const name of names(swapped)) expect(searchNormalize(name)).toMatch(/giay phep xay dung/);
    expect(marked(swapped.items[0]!.highlight)).toEqual(['giấy phép xây dựng']);
    const khaiSinh = await q('khai sihn');
    expect(khaiSinh.approximate).toBe(true);
    expect(names(khaiSinh)[0]).toBe('Đăng ký khai sinh');
    // a typo is highlighted as the word it stands for
    expect(marked(khaiSinh.items[0]!.highlight)).toEqual(['khai sinh']);
  });

  it('finds nothing for words that are in no procedure, rather than anything', async () => {
    const page = await q('xyzzy qwertyuiop');
    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);
  });

  it('highlights the matched words of the name, diacritics kept', async () => {
    const page = await q('giay phep');
    const item = page.items.find((i) => i.name === 'Cấp giấy phép xây dựng')!;
    expect(item.highlight).toEqual([
      { text: 'Cấp ', match: false },
      { text: 'giấy phép', match: true },
      { text: ' xây dựng', match: false },
    ]);
    for (const result of page.items) expect(result.highlight!.map((s) => s.text).join('')).toBe(result.name);
  });

  it('finds a procedure by its code or the beginning of it', async () => {
    const page = await q('1.009994');
    expect(page.items[0]).toMatchObject({ code: '1.009994.H18', name: 'Cấp giấy phép xây dựng' });
  });

  it('filters by field, agency and service level', async () => {
    const target = (await q('giay phep xay dung')).items[0]!;
    const byField = await q('giay phep', `&fieldId=${target.field.id}`);
    expect(byField.items.length).toBeGreaterThan(0);
    expect(byField.items.every((i) => i.field.id === target.field.id)).toBe(true);
    expect(byField.items.length).toBeLessThan((await q('giay phep')).items.length);

    const byAgency = await q('cap', `&agencyId=${target.agency.id}`);
    expect(byAgency.items.length).toBeGreaterThan(0);
    const handled = await ctx.prisma.procedure.findMany({
      where: { OR: [{ agencyId: target.agency.id }, { handlingAgencies: { some: { agencyId: target.agency.id } } }] },
      select: { id: true },
    });
    const ids = new Set(handled.map((p) => p.id));
    expect(byAgency.items.every((i) => ids.has(i.id))).toBe(true);

    const full = await q('dang ky', '&level=full_online&limit=100');
    expect(full.items.length).toBeGreaterThan(0);
    expect(full.items.every((i) => i.serviceLevel === 'full_online')).toBe(true);
    const online = await q('dang ky', '&online=true&limit=100');
    expect(online.items.every((i) => i.onlineEnabled)).toBe(true);
  });

  it('counts only online procedures per field for the online-services tab', async () => {
    const all = (await ctx.app.inject({ method: 'GET', url: '/api/v1/fields' })).json().items as { id: string; procedureCount: number }[];
    const online = (await ctx.app.inject({ method: 'GET', url: '/api/v1/fields?online=true' })).json().items as typeof all;
    const onlineTotal = online.reduce((sum, field) => sum + field.procedureCount, 0);
    expect(onlineTotal).toBe(await ctx.prisma.procedure.count({ where: { active: true, serviceLevel: { not: 'info_only' } } }));
    expect(onlineTotal).toBeLessThan(all.reduce((sum, field) => sum + field.procedureCount, 0));
    expect(online.every((field) => field.procedureCount > 0)).toBe(true);
  });

  it('pages through search results with an opaque cursor, in relevance order, without repeats', async () => {
    const all = await q('dang ky', '&limit=100');
    expect(all.total).toBeGreaterThan(6);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 50; pageNo++) {
      const page: TProcedurePage = await q('dang ky', `&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (pageNo > 0) expect(page.total).toBeNull();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      if (!cursor) break;
      expect(cursor).not.toMatch(/^[0-9a-f-]{36}$/); // not a bare id
    }
    expect(cursor).toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.items.map((i) => i.id));
  });

  it('pages through approximate results too', async () => {
    const all = await q('giay phep xay dnug', '&limit=100');
    const first = await q('giay phep xay dnug', '&limit=1');
    expect(first.approximate).toBe(true);
    const second = await q('giay phep xay dnug', `&limit=100&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
  });

  it('answers 400 with field errors for a bad cursor, sort, limit, level or id', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures?limit=0&level=muc5&sort=random&fieldId=abc' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(Object.keys(response.json().errors)).toEqual(expect.arrayContaining(['limit', 'level', 'sort', 'fieldId']));

    for (const cursor of ['not-a-cursor', Buffer.from('{"s":"name","k":"x","i":"nope"}').toString('base64url')]) {
      const bad = await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures?q=dang&cursor=${cursor}` });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { cursor: expect.any(String) } });
    }
    // a cursor of the alphabetical list does not continue a search ordered by relevance
    const byName = await search('limit=2');
    const mixed = await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures?q=dang&cursor=${byName.nextCursor}` });
    expect(mixed.statusCode).toBe(400);
  });

  it('normalises names in PostgreSQL exactly as the API normalises queries', async () => {
    const rows = await ctx.prisma.$queryRaw<{ name: string; search_text: string }[]>`SELECT name, search_text FROM procedure`;
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(row.search_text, row.name).toBe(searchNormalize(row.name));
  });

  it('learns the words of new procedures for spelling correction', async () => {
    const template = await ctx.prisma.procedure.findFirstOrThrow({ where: { code: '1.009994.H18' } });
    await ctx.prisma.procedure.create({
      data: {
        code: 'TEST.YEN.001',
        name: 'Cấp phép khai thác tổ chim yến',
        agencyId: template.agencyId,
        fieldId: template.fieldId,
        serviceLevel: 'info_only',
        steps: [],
        processingDays: 5,
        fees: [],
        legalBasis: [],
        applicants: 'Tổ chức, cá nhân',
        resultDescription: 'Giấy phép',
      },
    });
    const page = await q('chim yne');
    expect(page.approximate).toBe(true);
    expect(names(page)).toEqual(['Cấp phép khai thác tổ chim yến']);
  });

  it('gives the total on every first page, filtered or not, and null on later pages (ZProcedurePage)', async () => {
    for (const query of ['', 'limit=5', 'online=true', 'sort=popular', 'level=full_online']) {
      const first = await search(query);
      expect(first.total, query).not.toBeNull();
      let count = first.items.length;
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await search(`${query}&cursor=${encodeURIComponent(cursor)}`);
        expect(page.total).toBeNull();
        count += page.items.length;
        cursor = page.nextCursor;
      }
      expect(first.total, query).toBe(count);
    }
  });
});
