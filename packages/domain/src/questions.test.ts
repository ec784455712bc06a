import { describe, expect, it } from 'vitest';
import { QUESTION_MESSAGES, ZQuestionAsk, ZQuestionForm, canAnswerQuestion, canRejectQuestion } from './questions.ts';

const valid = {
  askerName: ' Lò Văn Páo ',
  askerEmail: 'Pao.Lo@Example.VN',
  fieldId: '0190a3f2-0000-7000-8000-000000000001',
  title: 'Xây nhà tạm có cần giấy phép?',
  body: 'Gia đình tôi muốn dựng nhà tạm để trông vườn.',
};

describe('question form', () => {
  it('trims the name and normalises the e-mail', () => {
    expect(ZQuestionForm.parse(valid)).toMatchObject({ askerName: 'Lò Văn Páo', askerEmail: 'pao.lo@example.vn' });
  });

  it('asks for a field or a procedure (an empty select counts as none)', () => {
    const result = ZQuestionForm.safeParse({ ...valid, fieldId: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['fieldId'], message: QUESTION_MESSAGES.topic })]);
    expect(ZQuestionForm.safeParse({ ...valid, fieldId: '', procedureId: '0190a3f2-0000-7000-8000-000000000002' }).success).toBe(true);
  });

  it('refuses a too short title or question with a Vietnamese message', () => {
    const result = ZQuestionForm.safeParse({ ...valid, title: 'Hỏi', body: 'Ngắn' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([QUESTION_MESSAGES.title, QUESTION_MESSAGES.body]);
  });

  it('needs the captcha when sent to the API', () => {
    expect(ZQuestionAsk.safeParse(valid).success).toBe(false);
    expect(ZQuestionAsk.safeParse({ ...valid, captcha: 'eyJ9' }).success).toBe(true);
  });
});

describe('question lifecycle', () => {
  it('answers pending or privately answered questions, rejects only pending ones', () => {
    expect([canAnswerQuestion('pending'), canAnswerQuestion('answered'), canAnswerQuestion('published'), canAnswerQuestion('rejected')]).toEqual([true, true, false, false]);
    expect([canRejectQuestion('pending'), canRejectQuestion('answered')]).toEqual([true, false]);
  });
});
