import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, newCitizen, signedIn, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';
const URL = '/api/v1/admin/mail-templates';

describe('e-mail templates (/api/v1/admin/mail-templates)', () => {
  let ctx: TestContext;
  let admin: TestBrowser;
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
    admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
  });
  afterAll(() => ctx.close());

  it('system administrators only', async () => {
    expect((await (await signedIn(ctx.app, 'quantrixd', DEMO_PASSWORD, { staff: true })).get(URL)).json().code).toBe('FORBIDDEN');
    expect((await (await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true })).get(`${URL}/activation/vi`)).statusCode).toBe(403);
    expect((await new TestBrowser(ctx.app).get(URL)).statusCode).toBe(401);
  });

  it('lists the templates and documents each one’s placeholders with the built-in wording', async () => {
    const list = (await admin.get(URL)).json();
    expect(list.items.map((item: { key: string }) => item.key)).toEqual(expect.arrayContaining(['activation', 'password-reset', 'dossier-status-changed', 'staff-invitation']));
    expect(list.items.find((item: { key: string }) => item.key === 'notification')).toBeUndefined();

    const detail = (await admin.get(`${URL}/activation/vi`)).json();
    expect(detail.placeholders.map((placeholder: { name: string }) => placeholder.name)).toEqual(['displayName', 'username', 'link', 'expiresInHours']);
    expect(detail.default.subject).toBe('Kích hoạt tài khoản Cổng Dịch vụ công');
    expect(detail.default.text).toContain('Xin chào {{displayName}},');
    expect(detail.default.text).toContain('“{{username}}”');
    expect(detail.override).toBeNull();
    expect((await admin.get(`${URL}/activation/en`)).json().default.text).toContain('Hello {{displayName}},');
    expect((await admin.get(`${URL}/khong-co/vi`)).json().code).toBe('MAIL_TEMPLATE_NOT_FOUND');
  });

  it('refuses unknown or malformed placeholders and executable HTML, naming the field', async () => {
    const unknown = await admin.request('PUT', `${URL}/activation/vi`, { subject: 'Chào {{hoTen}}', text: 'Xin chào {{displayName}}' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'MAIL_TEMPLATE_PLACEHOLDER_UNKNOWN', errors: { subject: expect.stringContaining('{{hoTen}}') } });
    const malformed = await admin.request('PUT', `${URL}/activation/vi`, { subject: 'Kích hoạt', text: 'Xin chào {{displayName' });
    expect(malformed.json()).toMatchObject({ code: 'MAIL_TEMPLATE_PLACEHOLDER_UNKNOWN', errors: { text: 'Biến phải có dạng {{tenBien}}' } });
    const script = await admin.request('PUT', `${URL}/activation/vi`, { subject: 'Kích hoạt', text: 'x', html: '<p onclick="x()">{{link}}</p>' });
    expect(script.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { html: expect.any(String) } });
    expect((await admin.get(`${URL}/activation/vi`)).json().override).toBeNull();
  });

  it('previews a wording with sample data', async () => {
    const preview = await admin.post(`${URL}/staff-invitation/vi/preview`, { subject: 'Mời {{displayName}} vào {{agencyName}}', text: 'Tài khoản: {{username}}\n\nVai trò: {{roles}}' });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().subject).toBe('Mời Lò Thị Hoa vào Sở Xây dựng');
    expect(preview.json().text).toContain('Tài khoản: vanthu2');
    expect(preview.json().html).toContain('<p style="margin:0 0 16px;line-height:1.5;">Vai trò: Bộ phận một cửa</p>');
  });

  it('a saved wording is used by the next real e-mail, values HTML-escaped; reset brings the built-in one back', async () => {
    const saved = await admin.request('PUT', `${URL}/activation/vi`, {
      subject: 'Kích hoạt tài khoản {{username}} – Điện Biên',
      text: 'Kính gửi {{displayName}},\n\nVui lòng kích hoạt tài khoản {{username}} trong {{expiresInHours}} giờ.',
      html: '<p>Kính gửi <strong>{{displayName}}</strong>,</p><p>Tài khoản {{username}}.</p>',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().override).toMatchObject({ subject: 'Kích hoạt tài khoản {{username}} – Điện Biên' });
    expect((await admin.get(URL)).json().items.find((item: { key: string }) => item.key === 'activation').overridden).toEqual(['vi']);

    const citizen = newCitizen({ fullName: 'Lò <b>Văn</b> Thắng' });
    expect((await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen)).statusCode).toBe(201);
    const mail = await waitForMail(ctx.app, citizen.email, new RegExp(`Kích hoạt tài khoản ${citizen.username} – Điện Biên`));
    expect(mail.text).toContain(`Kính gửi Lò <b>Văn</b> Thắng,`);
    expect(mail.text).toContain(`Vui lòng kích hoạt tài khoản ${citizen.username} trong 48 giờ.`);
    expect(mail.html).toContain('Kính gửi <strong>Lò &lt;b&gt;Văn&lt;/b&gt; Thắng</strong>');
    // The frame stays: the activation button and its link.
    expect(mail.links.some((href) => href.includes('/kich-hoat#token='))).toBe(true);

    const reset = await admin.request('DELETE', `${URL}/activation/vi`);
    expect(reset.json().override).toBeNull();
    const since = Date.now();
    const other = newCitizen();
    await new TestBrowser(ctx.app).post('/api/v1/auth/register', other);
    expect((await waitForMail(ctx.app, other.email, /Kích hoạt/, since)).subject).toBe('Kích hoạt tài khoản Cổng Dịch vụ công');

    const events = await ctx.prisma.auditEvent.findMany({ where: { entityType: 'mail_template', entityId: 'activation/vi' }, orderBy: { id: 'asc' } });
    expect(events.map((event) => [event.action, event.actorName])).toEqual([
      ['mail-template.update', 'quantri'],
      ['mail-template.reset', 'quantri'],
    ]);
    expect(events[0]!.after).toMatchObject({ subject: 'Kích hoạt tài khoản {{username}} – Điện Biên' });
    expect(events[1]!.before).toMatchObject({ subject: 'Kích hoạt tài khoản {{username}} – Điện Biên' });
  });
});
