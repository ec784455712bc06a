import {
  ZPublicQuestion,
  ZPublicQuestionPage,
  ZQuestionAsked,
  ZStaffQuestion,
  ZStaffQuestionPage,
  type TQuestionAnswerRequest,
  type TQuestionAsk,
  type TQuestionRejectRequest,
  type TQuestionStatus,
} from '@portal/domain';
import { apiGet, apiSend } from '../../lib/api-client.ts';

/** Hỏi đáp: the public questions (`/api/v1/questions`) and the staff answering (`/api/v1/staff/questions`). */
export interface PublicQuestionParams {
  q?: string | undefined;
  fieldId?: string | undefined;
  cursor?: string | undefined;
}

export const listPublicQuestions = (params: PublicQuestionParams, signal?: AbortSignal) =>
  apiGet('/api/v1/questions', ZPublicQuestionPage, { query: { ...params }, signal });

export const getPublicQuestion = (id: string, signal?: AbortSignal) =>
  apiGet(`/api/v1/questions/${encodeURIComponent(id)}`, ZPublicQuestion, { signal });

export const askQuestion = (body: TQuestionAsk) => apiSend('POST', '/api/v1/questions', body, ZQuestionAsked);

export const listStaffQuestions = (params: { status?: TQuestionStatus | undefined; cursor?: string | undefined }, signal?: AbortSignal) =>
  apiGet('/api/v1/staff/questions', ZStaffQuestionPage, { query: { ...params }, signal });

export const answerQuestion = (id: string, body: TQuestionAnswerRequest) =>
  apiSend('POST', `/api/v1/staff/questions/${encodeURIComponent(id)}/answer`, body, ZStaffQuestion);

export const rejectQuestion = (id: string, body: TQuestionRejectRequest) =>
  apiSend('POST', `/api/v1/staff/questions/${encodeURIComponent(id)}/reject`, body, ZStaffQuestion);

export const questionKeys = {
  all: ['questions'] as const,
  public: (params: PublicQuestionParams) => ['questions', 'public', params] as const,
  one: (id: string) => ['questions', 'one', id] as const,
  staff: (status: string) => ['questions', 'staff', status] as const,
};
