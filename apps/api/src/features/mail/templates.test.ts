import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATE_NAMES, assertMailData, renderMail } from './templates.ts';

const link = 'https://dichvucong.example.vn/kich-hoat#token=abc';

describe('mail templates', () => {
  it('renders the activation mail in Vietnamese and English, as HTML and plain text with the link', () => {
    const data = { displayName: 'Lò Văn Thắng', username: 'lovanthang', link, expiresInHours: 48 };
    const vi = renderMail('activation', 'vi', data);
    expect(vi.subject).toBe('Kích hoạt tài khoản Cổng Dịch vụ công');
    expect(vi.html).toContain('<html lang="vi">');
    expect(vi.html).toContain(`href="${link}"`);
    expect(vi.text).toContain('Xin chào Lò Văn Thắng,');
    expect(vi.text).toContain(link);
    expect(vi.text).toContain('48 giờ');

    const en = renderMail('activation', 'en', data);
    expect(en.subject).toBe('Activate your public-service portal account');
    expect(en.text).toContain('Hello Lò Văn Thắng,');
    expect(en.html).toContain('<html lang="en">');
    expect(renderMail('activation', 'fr', data).subject).toBe(vi.subject);
  });

  it('escapes what users typed', () => {
    const html = renderMail('activation', 'vi', { displayName: '<script>alert(1)</script>', username: 'x"y', link, expiresInHours: 1 }).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('x&quot;y');
  });

  it('every template renders in both languages with a subject, and refuses data that does not fit', () => {
    const samples: Record<string, unknown> = {
      activation: { displayName: 'An', username: 'an', link, expiresInHours: 48 },
      'password-reset': { displayName: 'An', link, expiresInMinutes: 60 },
      'email-change': { displayName: 'An', newEmail: 'a@b.vn', link, expiresInHours: 24 },
      'email-changed': { displayName: 'An', newEmail: 'a@b.vn' },
      'password-changed': { displayName: 'An', when: '08:00 01/01/2026' },
      notification: { subject: 'Hồ sơ đã được tiếp nhận', title: 'Tiếp nhận hồ sơ', paragraphs: ['Hồ sơ H29.1 đã được tiếp nhận.'], action: { label: 'Xem hồ sơ', url: link } },
      'dossier-sent': { displayName: 'An', code: '000.00.12.H18-261122-0001', procedureName: 'Cấp giấy phép xây dựng', agencyName: 'Sở Xây dựng', submittedAt: '08:00 22/11/2026', link, guest: false },
      'dossier-status-changed': { displayName: 'An', code: '000.00.12.H18-261122-0001', procedureName: 'Cấp giấy phép xây dựng', agencyName: 'Sở Xây dựng', status: 'supplement-requested', note: 'Bổ sung bản vẽ', link, guest: true },
      'dossier-apology': { displayName: 'An', code: '000.00.12.H18-261122-0001', procedureName: 'Cấp giấy phép xây dựng', agencyName: 'Sở Xây dựng', previousDueDate: '20/11/2026', newDueDate: '17:00 27/11/2026', apology: 'Do cần lấy ý kiến phối hợp của cơ quan liên quan.', link, guest: false },
      'guest-dossier-confirm': { displayName: 'An', procedureName: 'Cấp giấy phép xây dựng', agencyName: 'Sở Xây dựng', link, expiresInHours: 72 },
      'staff-invitation': { displayName: 'Lò Thị Hoa', username: 'vanthu2', agencyName: 'Sở Xây dựng', roles: 'Bộ phận một cửa', invitedBy: 'Quản trị hệ thống', link, expiresInHours: 72 },
      'question-answered': { displayName: 'Lò Văn Páo', title: 'Xây nhà tạm?', answer: 'Được miễn giấy phép.', agencyName: 'Sở Xây dựng', link },
      'question-rejected': { displayName: 'Lò Văn Páo', title: 'Xây nhà tạm?', reason: 'Câu hỏi trùng lặp.', agencyName: 'Sở Xây dựng' },
      'webhook-disabled': { displayName: 'Quản trị', clientName: 'Một cửa Sở Xây dựng', clientId: 'cli_sxd', url: 'https://hooks.example.vn/x', failingSince: '08:00 19/11/2026', lastError: 'HTTP 503', link },
    };
    for (const name of MAIL_TEMPLATE_NAMES) {
      for (const locale of ['vi', 'en']) {
        const mail = renderMail(name, locale, samples[name]);
        expect(mail.subject.length, name).toBeGreaterThan(5);
        expect(mail.text, name).toMatch(/\p{L}/u);
      }
    }
    expect(() => assertMailData('activation', { displayName: 'An' })).toThrow();
    expect(() => assertMailData('password-reset', { displayName: 'An', link: 'javascript:alert(1)', expiresInMinutes: 5 })).toThrow();
    expect(() => renderMail('nope', 'vi', {})).toThrow(/unknown mail template/);
  });
});
