import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProcedureDetail, TPublicQuestionPage, TStaffQuestion, TStaffQuestionPage } from '@portal/domain';
import { TestBrowser, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { BUILDING_PERMIT, procedureOf } from '../dossiers/dossier-test-kit.ts';
import { staff } from '../staff-dossiers/staff-test-kit.ts';

/** What the ALTCHA widget does in the browser (a cheap cost keeps it fast; the check is the real one). */
async function solvedCaptcha(browser: TestBrowser): Promise<string> {
  const challenge = (await browser.get('/api/v1/auth/captcha')).json() as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey: pbkdf2, timeout: 20_000 });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

let counter = 0;
const question = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    askerName: 'Lò Văn Páo',
    askerEmail: `hoi${counter}.${Date.now().toString(36)}@example.vn`,
    title: 'Xây nhà tạm trên đất nông nghiệp có được cấp phép không?',
    body: 'Gia đình tôi muốn dựng nhà tạm để trông coi vườn cây ăn quả. Có cần xin giấy phép xây dựng không?',
    ...overrides,
  };
};

describe('Hỏi đáp: asking, answering by the agency in charge, public search', () => {
  let ctx: TestContext;
  let permit: TProcedureDetail;

  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_COST: '5' });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
  });
  afterAll(() => ctx.close());

  async function ask(body: Record<string, unknown>) {
    const visitor = new TestBrowser(ctx.app);
    return visitor.post('/api/v1/questions', { ...body, captcha: await solvedCaptcha(visitor) });
  }

  it('goes to the procedure’s agency; once answered and published anyone finds it by a keyword without diacritics, and the asker gets the answer by e-mail', async () => {
    const asked = question({ procedureId: permit.id, title: 'Giấy phép xây dựng nhà tạm ở bản Noong Bua' });
    const created = await ask(asked);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };

    // Not public before an answer is published.
    expect((await new TestBrowser(ctx.app).get(`/api/v1/questions/${id}`)).statusCode).toBe(404);

    const clerk = await staff(ctx.app, 'motcua');
    const inbox = (await clerk.get('/api/v1/staff/questions?status=pending')).json() as TStaffQuestionPage;
    const mine = inbox.items.find((item) => item.id === id);
    expect(mine).toMatchObject({ status: 'pending', askerEmail: asked.askerEmail, procedure: { id: permit.id } });

    const answered = await clerk.post(`/api/v1/staff/questions/${id}/answer`, {
      answer: 'Công trình tạm phục vụ sản xuất nông nghiệp được miễn giấy phép theo Luật Xây dựng.',
      publish: true,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'published', answeredBy: expect.any(String) });

    const mail = await waitForMail(ctx.app, asked.askerEmail, /Trả lời câu hỏi/);
    expect(mail.text).toContain('được miễn giấy phép');
    expect(mail.links.some((link) => link.endsWith(`/hoi-dap/${id}`))).toBe(true);

    const found = (await new TestBrowser(ctx.app).get(`/api/v1/questions?q=${encodeURIComponent('noong bua')}`)).json() as TPublicQuestionPage;
    expect(found.items.map((item) => item.id)).toEqual([id]);
    expect(JSON.stringify(found)).not.toContain(asked.askerEmail);
    const byAnswer = (await new TestBrowser(ctx.app).get(`/api/v1/questions?q=${encodeURIComponent('mien giay phep')}`)).json() as TPublicQuestionPage;
    expect(byAnswer.items.map((item) => item.id)).toContain(id);
    const otherField = (await new TestBrowser(ctx.app).get('/api/v1/questions?q=noong%20bua&fieldId=0190a3f2-0000-7000-8000-000000000000')).json() as TPublicQuestionPage;
    expect(otherField.items).toEqual([]);

    const one = await new TestBrowser(ctx.app).get(`/api/v1/questions/${id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ title: asked.title, answer: expect.stringContaining('miễn giấy phép') });

    const audit = await ctx.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['question.ask', 'question.publish']);
  });

  it('answered without publishing: the asker is e-mailed, the public never sees it', async () => {
    const asked = question({ procedureId: permit.id, title: 'Hỏi riêng về hồ sơ Mường Phăng' });
    const { id } = (await ask(asked)).json() as { id: string };
    const clerk = await staff(ctx.app, 'motcua');
    const answered = await clerk.post(`/api/v1/staff/questions/${id}/answer`, { answer: 'Ông/bà vui lòng liên hệ bộ phận một cửa.', publish: false });
    expect(answered.json()).toMatchObject({ status: 'answered' });
    await waitForMail(ctx.app, asked.askerEmail, /Trả lời câu hỏi/);
    expect(((await new TestBrowser(ctx.app).get('/api/v1/questions?q=muong%20phang')).json() as TPublicQuestionPage).items).toEqual([]);
    expect((await new TestBrowser(ctx.app).get(`/api/v1/questions/${id}`)).statusCode).toBe(404);
  });

  it('staff of another agency can neither see nor answer it (403), and a rejected question cannot be answered', async () => {
    const asked = question({ procedureId: permit.id });
    const { id } = (await ask(asked)).json() as { id: string };
    const commune = await staff(ctx.app, 'motcuaxa');
    const list = (await commune.get('/api/v1/staff/questions')).json() as TStaffQuestionPage;
    expect(list.items.some((item) => item.id === id)).toBe(false);
    const foreign = await commune.post(`/api/v1/staff/questions/${id}/answer`, { answer: 'Không thuộc thẩm quyền.', publish: true });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'QUESTION_OTHER_AGENCY' });

    const clerk = await staff(ctx.app, 'motcua');
    const rejected = await clerk.post(`/api/v1/staff/questions/${id}/reject`, { reason: 'Câu hỏi trùng lặp.' });
    expect(rejected.json() as TStaffQuestion).toMatchObject({ status: 'rejected', rejectionReason: 'Câu hỏi trùng lặp.' });
    expect((await waitForMail(ctx.app, asked.askerEmail, /Câu hỏi chưa được trả lời/)).text).toContain('Câu hỏi trùng lặp.');
    const late = await clerk.post(`/api/v1/staff/questions/${id}/answer`, { answer: 'Trả lời muộn.', publish: true });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'QUESTION_NOT_ANSWERABLE' });
  });

  it('a question by field goes to the agency managing the field’s procedures', async () => {
    const created = await ask(question({ fieldId: permit.field.id }));
    expect(created.statusCode, created.body).toBe(201);
    const row = await ctx.prisma.question.findUniqueOrThrow({ where: { id: (created.json() as { id: string }).id } });
    expect(row.agencyId).toBe(permit.agency.id);
  });

  it('refuses a wrong or replayed captcha, and a question without field or procedure', async () => {
    const visitor = new TestBrowser(ctx.app);
    const forged = Buffer.from(JSON.stringify({ challenge: { parameters: {}, signature: 'x' }, solution: { counter: 1, derivedKey: 'x' } })).toString('base64');
    const wrong = await visitor.post('/api/v1/questions', { ...question({ procedureId: permit.id }), captcha: forged });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'CAPTCHA_INVALID' });

    const payload = await solvedCaptcha(visitor);
    expect((await visitor.post('/api/v1/questions', { ...question({ procedureId: permit.id }), captcha: payload })).statusCode).toBe(201);
    const replay = await visitor.post('/api/v1/questions', { ...question({ procedureId: permit.id }), captcha: payload });
    expect(replay.json()).toMatchObject({ code: 'CAPTCHA_INVALID' });

    const noTopic = await visitor.post('/api/v1/questions', { ...question(), captcha: await solvedCaptcha(visitor) });
    expect(noTopic.statusCode).toBe(400);
    expect(noTopic.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
