import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { dossier, dossierProcedure } from '../../dossiers/test-fixtures.ts';

vi.mock('../../auth/components/altcha-setup.ts', () => ({}));

/** The ALTCHA widget reports a solved proof-of-work. */
const solveCaptcha = (payload = 'solved-payload') =>
  act(() => {
    document.querySelector('altcha-widget')!.dispatchEvent(new CustomEvent('statechange', { detail: { state: 'verified', payload } }));
  });

const signedOut = () => problem({ type: 'x', title: 'Vui lòng đăng nhập để tiếp tục', status: 401, code: 'UNAUTHENTICATED' });
const guestDossier = () =>
  dossier({
    guest: true,
    applicant: {},
    allowedActions: ['view', 'edit', 'delete', 'submit'],
    formData: { tenCongTrinh: 'Nhà ở', soTang: 2 },
    components: dossierProcedure().components.map((component) => ({
      ...component,
      bringOriginal: false,
      files:
        component.id === 'c1'
          ? [{ id: 'f1', componentId: 'c1', role: 'attachment' as const, name: 'don.pdf', size: 10, mimeType: 'application/pdf', sha256: 'a'.repeat(64), uploadedAt: '2026-11-20T02:00:00.000Z' }]
          : [],
    })),
  });

describe('Nộp hồ sơ không cần tài khoản', () => {
  it('asks for the e-mail and the verification before saving, then works with the guest token and ends with “check your mail”', async () => {
    const creates: Record<string, unknown>[] = [];
    const tokens: (string | null)[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/refresh': signedOut,
      '/api/v1/procedures/1.009994.H18': () => json(dossierProcedure()),
      '/api/v1/guest-dossiers': (_url, init) => {
        creates.push(JSON.parse(String(init?.body)));
        return json({ dossier: guestDossier(), guestToken: 'secret-guest-token-0123456789' }, { status: 201 });
      },
      '/api/v1/dossiers/d1': (_url, init) => {
        tokens.push(new Headers(init?.headers).get('x-guest-token'));
        return json(guestDossier());
      },
      '/api/v1/dossiers/d1/submit': (_url, init) => {
        tokens.push(new Headers(init?.headers).get('x-guest-token'));
        return json({ id: 'd1', status: 'unsent', code: null, version: 2, submittedAt: null, awaitingConfirmation: true, confirmationEmail: 'khach@example.vn' });
      },
    });
    const { user, router } = renderApp('/nop-ho-so-khong-tai-khoan/1.009994.H18');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ không cần tài khoản: Cấp giấy phép xây dựng' })).toBeInTheDocument();
    expect(screen.getByText(/phải lập một hồ sơ mới/)).toBeInTheDocument();
    // Guest wording: no profile, no "Hồ sơ chưa gửi" list.
    expect(screen.getByText('Thông tin của người nộp hồ sơ, ghi đúng như trên giấy tờ tùy thân.')).toBeInTheDocument();
    expect(screen.queryByText(/Lấy từ thông tin cá nhân/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));
    const summary = await screen.findByRole('alert', { name: 'Chưa lưu được hồ sơ: vui lòng kiểm tra các mục sau' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Thư điện tử: Vui lòng nhập Thư điện tử',
      'Vui lòng hoàn thành bước xác minh',
    ]);
    expect(creates).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /^Thư điện tử/, description: /Thư xác nhận/ }), 'khach@example.vn');
    solveCaptcha();
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên/ }), 'Lò Văn Khách');
    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));
    expect(await screen.findByText(/^Đã lưu hồ sơ\. Hãy hoàn thiện và bấm Gửi đi ngay trên trang này/)).toBeInTheDocument();
    expect(screen.queryByText(/Hồ sơ nằm trong mục Hồ sơ chưa gửi/)).not.toBeInTheDocument();
    expect(creates).toEqual([
      expect.objectContaining({ procedureId: 'p1', email: 'khach@example.vn', captcha: 'solved-payload', locale: 'vi', applicant: expect.objectContaining({ fullName: 'Lò Văn Khách' }) }),
    ]);
    expect(new URLSearchParams(router.state.location.search).get('hoSo')).toBe('d1');
    expect(sessionStorage.getItem('portal.guestDossier.d1')).toBe('secret-guest-token-0123456789');
    // From now on the e-mail is fixed and the verification is done.
    expect(screen.getByText('khach@example.vn')).toBeInTheDocument();
  });

  it('after Gửi đi, tells the guest to confirm from the e-mail', async () => {
    sessionStorage.setItem('portal.guestDossier.d1', 'secret-guest-token-0123456789');
    const tokens: (string | null)[] = [];
    const complete = () => ({
      ...guestDossier(),
      applicant: { fullName: 'Lò Văn Khách', idNumber: '011085012345', phone: '0912345678', email: 'khach@example.vn', address: 'Bản Mển' },
    });
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/refresh': signedOut,
      '/api/v1/procedures/1.009994.H18': () => json(dossierProcedure()),
      '/api/v1/dossiers/d1': (_url, init) => {
        tokens.push(new Headers(init?.headers).get('x-guest-token'));
        return json(complete());
      },
      '/api/v1/dossiers/d1/submit': (_url, init) => {
        tokens.push(new Headers(init?.headers).get('x-guest-token'));
        return json({ id: 'd1', status: 'unsent', code: null, version: 1, submittedAt: null, awaitingConfirmation: true, confirmationEmail: 'khach@example.vn' });
      },
    });
    const { user } = renderApp('/nop-ho-so-khong-tai-khoan/1.009994.H18?hoSo=d1');
    expect(await screen.findByRole('textbox', { name: /^Tên công trình/ })).toHaveValue('Nhà ở');
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));
    expect(await screen.findByText('Vui lòng xác nhận hồ sơ qua thư điện tử')).toBeInTheDocument();
    expect(screen.getByText(/Chúng tôi đã gửi thư tới khach@example\.vn/)).toBeInTheDocument();
    expect(tokens).toEqual(['secret-guest-token-0123456789', 'secret-guest-token-0123456789']);
    expect(sessionStorage.getItem('portal.guestDossier.d1')).toBeNull();
    sessionStorage.clear();
  });

  it('without the token (another browser, session over) it asks for a new dossier', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/refresh': signedOut,
      '/api/v1/procedures/1.009994.H18': () => json(dossierProcedure()),
    });
    renderApp('/nop-ho-so-khong-tai-khoan/1.009994.H18?hoSo=d1');
    expect(await screen.findByText(/Phiên làm việc với hồ sơ này đã hết/)).toBeInTheDocument();
  });
});

describe('Xác nhận hồ sơ (e-mailed link)', () => {
  it('confirms on arrival and shows the dossier code with the lookup link', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/auth/refresh': signedOut,
      '/api/v1/guest-dossiers/confirm': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return json({ id: 'd1', code: '000.00.12.H18-261120-0007', status: 'sent', procedureName: 'Cấp giấy phép xây dựng', trackingUrl: 'http://localhost/tra-cuu?code=000.00.12.H18-261120-0007' });
      },
    });
    renderApp('/ho-so/xac-nhan#token=confirm-token-0123456789abcdef');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ đã được gửi' })).toBeInTheDocument();
    expect(screen.getByText('000.00.12.H18-261120-0007')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Tra cứu hồ sơ' })).toHaveAttribute('href', '/tra-cuu?code=000.00.12.H18-261120-0007');
    expect(bodies).toEqual([{ token: 'confirm-token-0123456789abcdef' }]);
  });
});
