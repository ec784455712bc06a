import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, TestBrowser, registerActiveCitizen, signedIn, tokenFrom, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('profile (Hồ sơ cá nhân / Thông tin cá nhân)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
  });
  afterAll(() => ctx.close());

  it('edits full name, gender, date of birth, CCCD, address and phone; blanks clear optional fields', async () => {
    const citizen = await registerActiveCitizen(ctx.app);
    const browser = await signedIn(ctx.app, citizen.username, STRONG_PASSWORD);
    const updated = await browser.patch('/api/v1/me', {
      fullName: 'Quàng Văn Hải',
      gender: 'male',
      dateOfBirth: '1988-07-20',
      idNumber: '011088004321',
      address: 'Tổ 5, phường Mường Thanh, tỉnh Điện Biên',
      phone: '+84 388 123 456',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      fullName: 'Quàng Văn Hải',
      gender: 'male',
      dateOfBirth: '1988-07-20',
      idNumber: '011088004321',
      address: 'Tổ 5, phường Mường Thanh, tỉnh Điện Biên',
      phone: '0388123456',
    });
    expect((await browser.get('/api/v1/me')).json().dateOfBirth).toBe('1988-07-20');

    const cleared = await browser.patch('/api/v1/me', { address: '', idNumber: null });
    expect(cleared.json()).toMatchObject({ address: null, idNumber: null, fullName: 'Quàng Văn Hải' });
    const audit = await ctx.prisma.auditEvent.findMany({ where: { actorId: updated.json().id, action: 'account.profile.update' }, orderBy: { id: 'asc' } });
    expect(audit.map((event) => event.metadata)).toEqual([
      { fields: ['fullName', 'gender', 'dateOfBirth', 'idNumber', 'address', 'phone'] },
      { fields: ['idNumber', 'address'] },
    ]);
  });

  it.each([
    ['a CCCD of 11 digits', { idNumber: '01108800432' }, 'idNumber'],
    ['a CCCD with an unknown province code', { idNumber: '999088004321' }, 'idNumber'],
    ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
    ['an impossible date', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
    ['a bad phone', { phone: '0123' }, 'phone'],
    ['an unknown gender', { gender: 'x' }, 'gender'],
  ])('refuses %s with VALIDATION_FAILED naming the field', async (_name, body, field) => {
    const browser = await signedIn(ctx.app, 'congdan2', 'Demo@2025');
    const response = await browser.patch('/api/v1/me', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.json().errors)).toEqual([field]);
  });

  it('needs a session', async () => {
    const response = await new TestBrowser(ctx.app).patch('/api/v1/me', { fullName: 'X' });
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  describe('password change', () => {
    it('needs the current password, refuses weak ones, and signs out the other sessions only', async () => {
      const citizen = await registerActiveCitizen(ctx.app);
      const here = await signedIn(ctx.app, citizen.username, STRONG_PASSWORD);
      const elsewhere = await signedIn(ctx.app, citizen.username, STRONG_PASSWORD);

      const wrong = await here.post('/api/v1/me/password', { currentPassword: 'Khong-Phai-1', newPassword: 'Mua-Xuan-Tay-Bac-1' });
      expect([wrong.statusCode, wrong.json().code, Object.keys(wrong.json().errors)]).toEqual([400, 'WRONG_PASSWORD', ['currentPassword']]);
      const weak = await here.post('/api/v1/me/password', { currentPassword: STRONG_PASSWORD, newPassword: 'abcdefgh' });
      expect(weak.json().code).toBe('WEAK_PASSWORD');
      const same = await here.post('/api/v1/me/password', { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD });
      expect(same.json().code).toBe('VALIDATION_FAILED');
      expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(200);

      const before = Date.now();
      const changed = await here.post('/api/v1/me/password', { currentPassword: STRONG_PASSWORD, newPassword: 'Mua-Xuan-Tay-Bac-1' });
      expect(changed.statusCode, changed.body).toBe(204);
      expect((await here.get('/api/v1/me')).statusCode).toBe(200);
      expect((await here.post('/api/v1/auth/refresh')).statusCode).toBe(204);
      expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
      expect((await elsewhere.post('/api/v1/auth/refresh')).json().code).toBe('SESSION_EXPIRED');

      expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: citizen.username, password: STRONG_PASSWORD })).statusCode).toBe(401);
      expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: citizen.username, password: 'Mua-Xuan-Tay-Bac-1' })).statusCode).toBe(200);
      await waitForMail(ctx.app, citizen.email, /Mật khẩu tài khoản đã được thay đổi/, before);
      expect(await ctx.prisma.auditEvent.count({ where: { actorName: citizen.username, action: 'auth.password.change' } })).toBe(1);
    });
  });

  describe('e-mail change with re-verification', () => {
    it('keeps the old address until the link sent to the new one is opened, then tells the old one', async () => {
      const citizen = await registerActiveCitizen(ctx.app);
      const browser = await signedIn(ctx.app, citizen.username, STRONG_PASSWORD);
      const newEmail = `moi.${citizen.email}`;

      const wrongPassword = await browser.post('/api/v1/me/email', { newEmail, currentPassword: 'Sai-Mat-Khau-1' });
      expect(wrongPassword.json().code).toBe('WRONG_PASSWORD');
      const taken = await browser.post('/api/v1/me/email', { newEmail: 'congdan@example.com', currentPassword: STRONG_PASSWORD });
      expect([taken.statusCode, taken.json().code]).toEqual([409, 'EMAIL_TAKEN']);

      const requested = await browser.post('/api/v1/me/email', { newEmail: newEmail.toUpperCase(), currentPassword: STRONG_PASSWORD });
      expect(requested.statusCode, requested.body).toBe(202);
      expect((await browser.get('/api/v1/me')).json()).toMatchObject({ email: citizen.email, pendingEmail: newEmail });

      const mail = await waitForMail(ctx.app, newEmail, /Xác nhận địa chỉ thư điện tử mới/);
      const token = tokenFrom(mail, 'xac-nhan-email');
      const confirmed = await new TestBrowser(ctx.app).post('/api/v1/me/email/confirm', { token });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toEqual({ email: newEmail });
      expect((await browser.get('/api/v1/me')).json()).toMatchObject({ email: newEmail, pendingEmail: null, emailVerified: true });
      expect((await new TestBrowser(ctx.app).post('/api/v1/me/email/confirm', { token })).json().code).toBe('TOKEN_USED');
      await waitForMail(ctx.app, citizen.email, /đã thay đổi/);
      expect((await new TestBrowser(ctx.app).post('/api/v1/auth/login', { username: newEmail, password: STRONG_PASSWORD })).statusCode).toBe(200);
    });

    it('refuses the confirmation when someone else took the address meanwhile', async () => {
      const first = await registerActiveCitizen(ctx.app);
      const browser = await signedIn(ctx.app, first.username, STRONG_PASSWORD);
      const wanted = `tranh.${first.email}`;
      await browser.post('/api/v1/me/email', { newEmail: wanted, currentPassword: STRONG_PASSWORD });
      const token = tokenFrom(await waitForMail(ctx.app, wanted, /Xác nhận/), 'xac-nhan-email');
      await registerActiveCitizen(ctx.app, { email: wanted });
      const response = await browser.post('/api/v1/me/email/confirm', { token });
      expect(response.json().code).toBe('EMAIL_TAKEN');
    });
  });
});
