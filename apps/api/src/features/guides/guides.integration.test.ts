import type { TAdminGuide, TPublicGuide, TPublicGuideList } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';
const ADMIN = '/api/v1/admin/guides';

/** A body an attacker would try: every line must come back as text or a harmless link. */
const HOSTILE = [
  '## Hướng dẫn thử',
  '',
  'Đoạn đầu của trang thử.',
  '',
  '<script>alert(1)</script>',
  '',
  '<img src=x onerror=alert(1)>',
  '',
  '[bấm vào đây](javascript:alert(1)) và [đây nữa](JaVaScRiPt:alert(1)) và [dữ liệu](data:text/html,<b>x</b>)',
  '',
  '![ảnh ngoài](https://evil.example/pixel.png)',
].join('\n');

function expectInert(html: string) {
  // No such tag, no event handler inside any tag, no scripting URL (the escaped text may say "onerror").
  expect(html).not.toMatch(/<(?:script|img|iframe)\b|<[^>]*\son\w+=|href="(?:javascript|data|vbscript):/i);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('[bấm vào đây](javascript:alert(1))');
  expect(html).toContain('<p>ảnh ngoài</p>');
}

const newGuide = (overrides: Record<string, unknown> = {}) => ({
  slug: `thu-nghiem-${Date.now().toString(36)}`,
  locale: 'vi',
  title: 'Trang thử nghiệm',
  body: '## Mục một\n\nNội dung thử nghiệm.',
  sortOrder: 50,
  published: true,
  ...overrides,
});

describe('guides (/api/v1/guides, /api/v1/admin/guides)', () => {
  let ctx: TestContext;
  let admin: TestBrowser;
  let visitor: TestBrowser;
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    visitor = new TestBrowser(ctx.app);
  });
  afterAll(() => ctx.close());

  const create = async (body: Record<string, unknown>) => {
    const response = await admin.post(ADMIN, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<TAdminGuide>();
  };
  const auditOf = (entityId: string) => ctx.prisma.auditEvent.findMany({ where: { entityType: 'guide_page', entityId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });

  it('lists the seeded guides in order, with the first paragraph; cacheable, without a cookie, with an ETag', async () => {
    const response = await visitor.get('/api/v1/guides');
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<TPublicGuideList>();
    expect(list.items.map((item) => item.slug).slice(0, 2)).toEqual(['cong-dan', 'can-bo']);
    expect(list.items[0]).toMatchObject({ locale: 'vi', fallback: false, title: 'Hướng dẫn sử dụng dành cho công dân, tổ chức' });
    expect(list.items[0]!.summary).toMatch(/^Cổng Dịch vụ công trực tuyến giúp công dân, tổ chức tra cứu thủ tục hành chính/);
    expect(list.items[0]!.summary.length).toBeLessThanOrEqual(220);
    expect(response.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=60');
    expect(response.headers['set-cookie']).toBeUndefined();

    const again = await ctx.app.inject({ method: 'GET', url: '/api/v1/guides', headers: { 'if-none-match': String(response.headers.etag) } });
    expect(again.statusCode).toBe(304);

    const english = (await visitor.get('/api/v1/guides?locale=en')).json<TPublicGuideList>();
    expect(english.items[0]).toMatchObject({ slug: 'cong-dan', locale: 'en', fallback: false, title: 'User guide for citizens and organisations' });
    expect((await visitor.get('/api/v1/guides?locale=fr')).statusCode).toBe(400);
  });

  it('serves the citizen guide rendered, with a table of contents whose every entry is a heading of the page', async () => {
    const response = await visitor.get('/api/v1/guides/cong-dan');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const guide = response.json<TPublicGuide>();
    expect(guide).toMatchObject({ slug: 'cong-dan', locale: 'vi', requestedLocale: 'vi', fallback: false, locales: ['vi', 'en'] });
    expect(guide.toc.slice(0, 2)).toEqual([
      { id: 'muc-1-dang-ky-tai-khoan', text: '1. Đăng ký tài khoản', level: 2 },
      { id: 'muc-2-kich-hoat-tai-khoan-qua-thu-dien-tu', text: '2. Kích hoạt tài khoản qua thư điện tử', level: 2 },
    ]);
    for (const entry of guide.toc) expect(guide.html).toContain(`<h${entry.level} id="${entry.id}">`);
    // Every flow of the portals it replaces is explained with this portal's own words.
    for (const words of ['Lưu lại', 'Gửi đi', 'Gửi bổ sung', 'Hồ sơ yêu cầu bổ sung', 'Nộp hồ sơ không cần tài khoản', 'Tra cứu theo số biên nhận và số CCCD', 'mã QR', 'Thống kê', 'Hỏi đáp', 'Văn bản']) {
      expect(guide.html).toContain(words);
    }
    expect(guide.html).toContain('<a href="#muc-12-nop-ho-so-khong-can-tai-khoan">');

    const english = (await visitor.get('/api/v1/guides/cong-dan?locale=en')).json<TPublicGuide>();
    expect(english).toMatchObject({ locale: 'en', fallback: false, title: 'User guide for citizens and organisations' });
    expect(english.toc[0]).toEqual({ id: 'muc-1-registering-an-account', text: '1. Registering an account', level: 2 });
    expect((await visitor.get('/api/v1/guides/khong-co-trang-nay')).json()).toMatchObject({ status: 404, code: 'GUIDE_NOT_FOUND' });
  });

  it('shows the Vietnamese page to an English reader when there is no English one, and says so', async () => {
    const created = await create(newGuide({ title: 'Chỉ có tiếng Việt', sortOrder: 0 }));
    const page = (await visitor.get(`/api/v1/guides/${created.slug}?locale=en`)).json<TPublicGuide>();
    expect(page).toMatchObject({ slug: created.slug, locale: 'vi', requestedLocale: 'en', fallback: true, title: 'Chỉ có tiếng Việt', locales: ['vi'] });
    const list = (await visitor.get('/api/v1/guides?locale=en')).json<TPublicGuideList>();
    expect(list.items[0]).toMatchObject({ slug: created.slug, locale: 'vi', fallback: true });
    expect(list.items.find((item) => item.slug === 'cong-dan')).toMatchObject({ locale: 'en', fallback: false });
  });

  it('a <script> in a saved body comes back inert, in the preview and on the public page', async () => {
    const preview = await admin.post(`${ADMIN}/preview`, { body: HOSTILE });
    expect(preview.statusCode, preview.body).toBe(200);
    expectInert(preview.json().html);
    expect(preview.json().toc).toEqual([{ id: 'muc-huong-dan-thu', text: 'Hướng dẫn thử', level: 2 }]);

    const saved = await create(newGuide({ body: HOSTILE }));
    // The Markdown is kept exactly as typed; only what is rendered is made safe.
    expect((await admin.get(`${ADMIN}/${saved.id}`)).json().body).toBe(HOSTILE);
    const page = (await visitor.get(`/api/v1/guides/${saved.slug}`)).json<TPublicGuide>();
    expectInert(page.html);
    expect(page.html).toBe(preview.json().html);
    const card = (await visitor.get('/api/v1/guides')).json<TPublicGuideList>().items.find((item) => item.slug === saved.slug);
    expect(card?.summary).toBe('Đoạn đầu của trang thử.');
  });

  it('an unpublished page is not public (404, not in the list) but the administrator still edits it', async () => {
    const draft = await create(newGuide({ published: false }));
    expect((await visitor.get(`/api/v1/guides/${draft.slug}`)).json()).toMatchObject({ status: 404, code: 'GUIDE_NOT_FOUND' });
    expect((await visitor.get('/api/v1/guides')).json<TPublicGuideList>().items.map((item) => item.slug)).not.toContain(draft.slug);
    expect((await admin.get(ADMIN)).json().items).toContainEqual(expect.objectContaining({ id: draft.id, published: false }));

    const published = await admin.request('PUT', `${ADMIN}/${draft.id}`, { ...newGuide({ slug: draft.slug, published: true }), revision: draft.revision });
    expect(published.statusCode, published.body).toBe(200);
    expect((await visitor.get(`/api/v1/guides/${draft.slug}`)).statusCode).toBe(200);
  });

  it('edits with the loaded revision; a stale save is 409 and changes nothing; every change is audited', async () => {
    const created = await create(newGuide());
    expect(created.revision).toBe(1);
    const body = { ...newGuide({ slug: created.slug }), title: 'Tiêu đề mới', body: '## Mục mới\n\nĐã sửa.', revision: 1 };
    const saved = await admin.request('PUT', `${ADMIN}/${created.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ title: 'Tiêu đề mới', revision: 2 });
    expect(new Date(saved.json().updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.updatedAt).getTime());
    expect((await visitor.get(`/api/v1/guides/${created.slug}`)).json<TPublicGuide>()).toMatchObject({ title: 'Tiêu đề mới', toc: [{ id: 'muc-muc-moi', text: 'Mục mới', level: 2 }] });

    // A second administrator still holds revision 1.
    const stale = await admin.request('PUT', `${ADMIN}/${created.id}`, { ...body, title: 'Bản cũ ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { revision: 2 } });
    expect((await admin.get(`${ADMIN}/${created.id}`)).json()).toMatchObject({ title: 'Tiêu đề mới', revision: 2 });

    const staleDelete = await admin.request('DELETE', `${ADMIN}/${created.id}?revision=1`);
    expect(staleDelete.json()).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    const deleted = await admin.request('DELETE', `${ADMIN}/${created.id}?revision=2`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await visitor.get(`/api/v1/guides/${created.slug}`)).statusCode).toBe(404);
    expect((await admin.get(`${ADMIN}/${created.id}`)).json().code).toBe('GUIDE_NOT_FOUND');

    const events = await auditOf(created.id);
    expect(events.map((event) => event.action)).toEqual(['guide.create', 'guide.update', 'guide.delete']);
    expect(events.every((event) => event.actorName === 'quantri')).toBe(true);
    expect(events[0]!.after).toMatchObject({ slug: created.slug, title: 'Trang thử nghiệm', revision: 1 });
    expect(events[1]!.before).toMatchObject({ title: 'Trang thử nghiệm', body: '## Mục một\n\nNội dung thử nghiệm.', revision: 1 });
    expect(events[1]!.after).toMatchObject({ title: 'Tiêu đề mới', body: '## Mục mới\n\nĐã sửa.', revision: 2 });
    expect(events[2]!.before).toMatchObject({ title: 'Tiêu đề mới', revision: 2 });
  });

  it('one slug per language: a duplicate create or rename is 409 GUIDE_SLUG_TAKEN; the same slug in the other language is fine', async () => {
    const duplicate = await admin.post(ADMIN, newGuide({ slug: 'cong-dan' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'GUIDE_SLUG_TAKEN', errors: { slug: expect.any(String) } });

    const other = await create(newGuide());
    const rename = await admin.request('PUT', `${ADMIN}/${other.id}`, { ...newGuide({ slug: 'can-bo' }), revision: other.revision });
    expect(rename.json()).toMatchObject({ status: 409, code: 'GUIDE_SLUG_TAKEN' });

    const english = await create(newGuide({ slug: other.slug, locale: 'en', title: 'Test page' }));
    expect(english.slug).toBe(other.slug);
    expect((await visitor.get(`/api/v1/guides/${other.slug}?locale=en`)).json()).toMatchObject({ locale: 'en', fallback: false, locales: ['vi', 'en'] });
  });

  it('validates the page with the shared schema and names the fields', async () => {
    const response = await admin.post(ADMIN, newGuide({ slug: 'Hướng dẫn', title: '', body: '   ', sortOrder: -1 }));
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().errors).sort()).toEqual(['body', 'slug', 'sortOrder', 'title']);
    expect((await admin.post(`${ADMIN}/preview`, { body: 'x'.repeat(100_001) })).statusCode).toBe(400);
  });

  it('system administrators only: an agency administrator and a clerk get 403, a visitor 401', async () => {
    const seeded = (await admin.get(ADMIN)).json().items.find((item: { slug: string; locale: string }) => item.slug === 'cong-dan' && item.locale === 'vi');
    for (const username of ['quantrixd', 'motcua']) {
      const other = await signedIn(ctx.app, username, DEMO_PASSWORD, { staff: true });
      for (const [method, url, body] of [
        ['GET', ADMIN, undefined],
        ['GET', `${ADMIN}/${seeded.id}`, undefined],
        ['POST', ADMIN, newGuide()],
        ['PUT', `${ADMIN}/${seeded.id}`, { ...newGuide(), revision: seeded.revision }],
        ['DELETE', `${ADMIN}/${seeded.id}?revision=${seeded.revision}`, undefined],
        ['POST', `${ADMIN}/preview`, { body: '# x' }],
      ] as const) {
        const response = await other.request(method, url, body);
        expect(response.statusCode, `${username} ${method} ${url}`).toBe(403);
      }
    }
    expect((await visitor.get(ADMIN)).statusCode).toBe(401);
    expect((await visitor.post(`${ADMIN}/preview`, { body: '# x' })).statusCode).toBe(401);
    expect((await admin.get(`${ADMIN}/${seeded.id}`)).json()).toMatchObject({ slug: 'cong-dan', revision: seeded.revision });
    expect(await auditOf(seeded.id)).toEqual([]);
  });
});
