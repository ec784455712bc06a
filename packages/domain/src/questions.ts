import { z } from 'zod';
import { ZCaptchaPayload } from './accounts.ts';
import { ZEmail, zText, ZUuid, zPathId, ZCursorParam } from './common.ts';

/**
 * Questions and answers (Hỏi đáp): anyone asks a question about a field or a procedure
 * (with the registration captcha); the staff of the agency in charge answer it from their
 * workspace, publish it or reject it; published questions can be searched by anyone.
 *
 * - `POST /questions` `ZQuestionAsk` → 201 `ZQuestionAsked`. The question goes to the
 *   procedure's managing agency, else to the agency of the field (the one managing most
 *   of its procedures).
 * - `GET /questions?q=&fieldId=&cursor=` → `ZPublicQuestionPage` (published only, newest
 *   answer first; `q` matches title, question and answer with or without diacritics).
 * - `GET /questions/:id` → `ZPublicQuestion` (404 QUESTION_NOT_FOUND unless published).
 * - `GET /staff/questions?status=&cursor=` → `ZStaffQuestionPage` (my agency only).
 * - `POST /staff/questions/:id/answer` `ZQuestionAnswerRequest` → `ZStaffQuestion`; the
 *   asker is e-mailed the answer.
 * - `POST /staff/questions/:id/reject` `ZQuestionRejectRequest` → `ZStaffQuestion`; the
 *   asker is e-mailed the reason.
 *   Another agency's question answers 403 QUESTION_OTHER_AGENCY.
 */

export const QUESTION_MESSAGES = {
  askerName: 'Vui lòng nhập họ và tên (tối đa 100 ký tự)',
  title: 'Vui lòng nhập tiêu đề câu hỏi (từ 5 đến 200 ký tự)',
  body: 'Vui lòng nhập nội dung câu hỏi (từ 10 đến 5000 ký tự)',
  topic: 'Vui lòng chọn lĩnh vực hoặc thủ tục của câu hỏi',
  answer: 'Vui lòng nhập nội dung trả lời (tối đa 10000 ký tự)',
  rejectReason: 'Vui lòng nhập lý do từ chối (tối đa 2000 ký tự)',
} as const;

export const QUESTION_MESSAGES_EN: Readonly<Record<string, string>> = {
  [QUESTION_MESSAGES.askerName]: 'Enter your full name (at most 100 characters)',
  [QUESTION_MESSAGES.title]: 'Enter the question’s title (5 to 200 characters)',
  [QUESTION_MESSAGES.body]: 'Enter the question (10 to 5000 characters)',
  [QUESTION_MESSAGES.topic]: 'Choose the field or the procedure the question is about',
  [QUESTION_MESSAGES.answer]: 'Enter the answer (at most 10000 characters)',
  [QUESTION_MESSAGES.rejectReason]: 'Enter why the question is rejected (at most 2000 characters)',
};

export const QUESTION_STATUSES = ['pending', 'answered', 'published', 'rejected'] as const;
export const ZQuestionStatus = z.enum(QUESTION_STATUSES);
export type TQuestionStatus = z.infer<typeof ZQuestionStatus>;

export const QUESTION_STATUS_LABELS: Record<TQuestionStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chờ trả lời', en: 'Awaiting an answer' },
  answered: { vi: 'Đã trả lời (không công khai)', en: 'Answered (not published)' },
  published: { vi: 'Đã công khai', en: 'Published' },
  rejected: { vi: 'Đã từ chối', en: 'Rejected' },
};

const text = (min: number, max: number, message: string) =>
  zText({ error: message }).trim().min(min, message).max(max, message);

/** An optional id where an empty select (`''`) means none. */
const ZOptionalId = z
  .union([z.literal(''), ZUuid])
  .optional()
  .transform((value) => value || undefined);

const ZQuestionFields = z.object({
  askerName: text(1, 100, QUESTION_MESSAGES.askerName),
  askerEmail: ZEmail,
  fieldId: ZOptionalId,
  procedureId: ZOptionalId,
  title: text(5, 200, QUESTION_MESSAGES.title),
  body: text(10, 5000, QUESTION_MESSAGES.body),
});

const requireTopic = (value: { fieldId?: string | undefined; procedureId?: string | undefined }, ctx: z.RefinementCtx) => {
  if (!value.fieldId && !value.procedureId) ctx.addIssue({ code: 'custom', path: ['fieldId'], message: QUESTION_MESSAGES.topic });
};

/** The public form, without the captcha (the widget adds it). */
export const ZQuestionForm = ZQuestionFields.superRefine(requireTopic);
export type TQuestionForm = z.infer<typeof ZQuestionForm>;
export type TQuestionFormInput = z.input<typeof ZQuestionForm>;

export const ZQuestionAsk = ZQuestionFields.extend({ captcha: ZCaptchaPayload, locale: z.enum(['vi', 'en']).optional() }).superRefine(requireTopic).meta({ id: 'QuestionAsk' });
export type TQuestionAsk = z.infer<typeof ZQuestionAsk>;

export const ZQuestionAsked = z.object({ id: zText(), status: ZQuestionStatus }).meta({ id: 'QuestionAsked' });

export const ZQuestionIdParams = z.object({ id: zPathId('QUESTION_NOT_FOUND') });

export const ZPublicQuestionQuery = z.object({
  q: zText().trim().max(200).optional(),
  fieldId: ZOptionalId,
  limit: z.coerce.number().int().min(1).max(50).default(10),
  cursor: ZCursorParam.optional(),
});
export type TPublicQuestionQuery = z.infer<typeof ZPublicQuestionQuery>;

const ZTopic = {
  field: z.object({ id: zText(), name: zText() }).nullable(),
  procedure: z.object({ id: zText(), code: zText(), name: zText() }).nullable(),
  agencyName: zText().nullable(),
};

/** What anyone may read: never the asker's e-mail. */
export const ZPublicQuestion = z.object({
  id: zText(),
  askerName: zText(),
  title: zText(),
  body: zText(),
  answer: zText(),
  askedAt: z.iso.datetime({ offset: true }),
  answeredAt: z.iso.datetime({ offset: true }),
  ...ZTopic,
}).meta({ id: 'PublicQuestion' });
export type TPublicQuestion = z.infer<typeof ZPublicQuestion>;

export const ZPublicQuestionPage = z.object({ items: z.array(ZPublicQuestion), nextCursor: zText().nullable() }).meta({ id: 'PublicQuestionPage' });
export type TPublicQuestionPage = z.infer<typeof ZPublicQuestionPage>;

export const ZStaffQuestionQuery = z.object({
  status: ZQuestionStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: ZCursorParam.optional(),
});
export type TStaffQuestionQuery = z.infer<typeof ZStaffQuestionQuery>;

export const ZStaffQuestion = z.object({
  id: zText(),
  status: ZQuestionStatus,
  askerName: zText(),
  askerEmail: zText(),
  title: zText(),
  body: zText(),
  answer: zText().nullable(),
  rejectionReason: zText().nullable(),
  askedAt: z.iso.datetime({ offset: true }),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  answeredBy: zText().nullable(),
  ...ZTopic,
}).meta({ id: 'StaffQuestion' });
export type TStaffQuestion = z.infer<typeof ZStaffQuestion>;

export const ZStaffQuestionPage = z.object({ items: z.array(ZStaffQuestion), nextCursor: zText().nullable() }).meta({ id: 'StaffQuestionPage' });
export type TStaffQuestionPage = z.infer<typeof ZStaffQuestionPage>;

/** `publish: true` shows the Q&A on the public page; false answers the asker only. */
export const ZQuestionAnswerRequest = z.object({
  answer: text(1, 10000, QUESTION_MESSAGES.answer),
  publish: z.boolean(),
}).meta({ id: 'QuestionAnswerRequest' });
export type TQuestionAnswerRequest = z.infer<typeof ZQuestionAnswerRequest>;

export const ZQuestionRejectRequest = z.object({ reason: text(1, 2000, QUESTION_MESSAGES.rejectReason) }).meta({ id: 'QuestionRejectRequest' });
export type TQuestionRejectRequest = z.infer<typeof ZQuestionRejectRequest>;

/** Pending questions may be answered or rejected; an answered one may still be published (answer again). */
export const canAnswerQuestion = (status: TQuestionStatus): boolean => status === 'pending' || status === 'answered';
export const canRejectQuestion = (status: TQuestionStatus): boolean => status === 'pending';
