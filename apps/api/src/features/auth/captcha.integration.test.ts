import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, newCitizen } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { CRIMINAL_RECORD, procedureOf } from '../dossiers/dossier-test-kit.ts';

/** What the ALTCHA widget does in the browser: fetch a challenge, find the counter, send the payload. */
async function solve(browser: TestBrowser): Promise<{ payload: string; challenge: Challenge }> {
  const response = await browser.get('/api/v1/auth/captcha');
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  const challenge = response.json() as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey: pbkdf2, timeout: 20_000 });
  expect(solution).not.toBeNull();
  return { payload: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'), challenge };
}

describe('registration captcha (mã xác nhận): self-hosted proof-of-work', () => {
  let ctx: TestContext;
  // A cheap proof-of-work keeps the test fast; the mechanism is the real one.
  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_COST: '5' });
  });
  afterAll(() => ctx.close());

  it('serves a signed PBKDF2 challenge that expires', async () => {
    const challenge = (await new TestBrowser(ctx.app).get('/api/v1/auth/captcha')).json() as Challenge;
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 5, keyLength: 32 });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    const expiresInSeconds = challenge.parameters.expiresAt! - Date.now() / 1000;
    expect(expiresInSeconds).toBeGreaterThan(8 * 60);
    expect(expiresInSeconds).toBeLessThanOrEqual(10 * 60);
  });

  it('accepts a solved challenge once: a replayed solution is CAPTCHA_INVALID', async () => {
    const browser = new TestBrowser(ctx.app);
    const { payload } = await solve(browser);
    const first = await browser.post('/api/v1/auth/register', newCitizen({ captcha: payload }));
    expect(first.statusCode, first.body).toBe(201);

    const replay = await browser.post('/api/v1/auth/register', newCitizen({ captcha: payload }));
    expect([replay.statusCode, replay.json().code]).toEqual([400, 'CAPTCHA_INVALID']);
    expect(replay.json().errors.captcha).toMatch(/Mã xác nhận/);
  });

  it('counts a solution once across every route that takes a captcha: spent on a guest dossier, refused at registration and for a question', async () => {
    const procedure = await procedureOf(ctx.app, CRIMINAL_RECORD);
    const browser = new TestBrowser(ctx.app);
    const { payload } = await solve(browser);
    const guest = await browser.post('/api/v1/guest-dossiers', {
      procedureId: procedure.id,
      email: 'khach.captcha@example.vn',
      captcha: payload,
      applicant: { fullName: 'Lê Thị Khách', idNumber: '011190001234', phone: '0987654321', address: 'Bản Him Lam, phường Him Lam' },
      formData: procedure.sampleFormData ?? {},
    });
    expect(guest.statusCode, guest.body).toBe(201);

    const register = await new TestBrowser(ctx.app).post('/api/v1/auth/register', newCitizen({ captcha: payload }));
    expect([register.statusCode, register.json().code]).toEqual([400, 'CAPTCHA_INVALID']);
    const question = await new TestBrowser(ctx.app).post('/api/v1/questions', {
      askerName: 'Lò Văn Páo',
      askerEmail: 'hoi.captcha@example.vn',
      procedureId: procedure.id,
      title: 'Làm phiếu lý lịch tư pháp mất bao lâu?',
      body: 'Tôi cần phiếu lý lịch tư pháp số 1 để nộp hồ sơ xin việc. Bao lâu thì có kết quả?',
      captcha: payload,
    });
    expect([question.statusCode, question.json().code]).toEqual([400, 'CAPTCHA_INVALID']);
  });

  it('keeps used solutions in the database (one store for every API process) until their challenge expires', async () => {
    const browser = new TestBrowser(ctx.app);
    const { payload, challenge } = await solve(browser);
    expect((await browser.post('/api/v1/auth/register', newCitizen({ captcha: payload }))).statusCode).toBe(201);
    const stored = await ctx.prisma.captchaSolution.findUniqueOrThrow({ where: { nonce: challenge.parameters.nonce } });
    expect(stored.expiresAt.getTime()).toBe(challenge.parameters.expiresAt! * 1000);
  });

  it.each([
    [
      'a wrong answer',
      (p: { challenge: Challenge; solution: { counter: number; derivedKey: string } }) => ({
        ...p,
        solution: { counter: p.solution.counter + 1, derivedKey: `${p.solution.derivedKey.slice(0, -2)}${p.solution.derivedKey.endsWith('00') ? '01' : '00'}` },
      }),
    ],
    ['a challenge the server did not sign', (p: { challenge: Challenge; solution: { counter: number; derivedKey: string } }) => ({ ...p, challenge: { ...p.challenge, signature: '0'.repeat(64) } })],
    ['an easier challenge made up by the client', (p: { challenge: Challenge; solution: { counter: number; derivedKey: string } }) => ({ ...p, challenge: { ...p.challenge, parameters: { ...p.challenge.parameters, cost: 1 } } })],
  ])('refuses %s', async (_name, tamper) => {
    const browser = new TestBrowser(ctx.app);
    const { payload } = await solve(browser);
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString());
    const tampered = Buffer.from(JSON.stringify(tamper(decoded))).toString('base64');
    const response = await browser.post('/api/v1/auth/register', newCitizen({ captcha: tampered }));
    expect(response.json().code).toBe('CAPTCHA_INVALID');
    // The genuine solution still works afterwards: a failed attempt does not burn it.
    expect((await browser.post('/api/v1/auth/register', newCitizen({ captcha: payload }))).statusCode).toBe(201);
  });

  it.each([
    ['garbage', 'not-base64-json'],
    ['the widget’s test-mode payload', Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString('base64')],
  ])('refuses %s', async (_name, captcha) => {
    const response = await new TestBrowser(ctx.app).post('/api/v1/auth/register', newCitizen({ captcha }));
    expect(response.json().code).toBe('CAPTCHA_INVALID');
  });

  it('refuses an expired challenge', async () => {
    const browser = new TestBrowser(ctx.app);
    const { payload } = await solve(browser);
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString());
    decoded.challenge.parameters.expiresAt = Math.floor(Date.now() / 1000) - 1;
    // Changing expiresAt breaks the signature, exactly as an expired challenge kept by a client would fail.
    const response = await browser.post('/api/v1/auth/register', newCitizen({ captcha: Buffer.from(JSON.stringify(decoded)).toString('base64') }));
    expect(response.json().code).toBe('CAPTCHA_INVALID');
  });
});
