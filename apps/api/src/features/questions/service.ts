import type { TPrismaClient } from '@portal/db';
import {
  ACCOUNT_MESSAGES,
  DomainError,
  canAnswerQuestion,
  canRejectQuestion,
  searchNormalize,
  type TPublicQuestion,
  type TPublicQuestionPage,
  type TPublicQuestionQuery,
  type TQuestionAnswerRequest,
  type TQuestionAsk,
  type TQuestionRejectRequest,
  type TQuestionStatus,
  type TStaffQuestion,
  type TStaffQuestionPage,
  type TStaffQuestionQuery,
  type TQuestionEventData,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { Mailer } from '../../plugins/app/mailer.ts';
import type { Captcha } from '../auth/captcha.ts';
import type { RequestContext } from '../auth/service.ts';
import { recordEvent } from '../events/record.ts';
import type { StaffActor } from '../staff-dossiers/access.ts';
import { decodeCursor, encodeCursor, type QuestionRepository, type QuestionRow } from './repository.ts';

export interface QuestionServiceDeps {
  prisma: TPrismaClient;
  repository: QuestionRepository;
  captcha: Captcha;
  audit: Audit;
  mail: Mailer;
  publicUrl: string;
}

const topicOf = (row: QuestionRow) => ({
  field: row.field,
  procedure: row.procedure,
  agencyName: row.agency?.name ?? null,
});

const toPublic = (row: QuestionRow): TPublicQuestion => ({
  id: row.id,
  askerName: row.askerName,
  title: row.title,
  body: row.body,
  answer: row.answer ?? '',
  askedAt: row.createdAt.toISOString(),
  answeredAt: (row.answeredAt ?? row.createdAt).toISOString(),
  ...topicOf(row),
});

const toStaff = (row: QuestionRow): TStaffQuestion => ({
  id: row.id,
  status: row.status,
  askerName: row.askerName,
  askerEmail: row.askerEmail,
  title: row.title,
  body: row.body,
  answer: row.answer,
  rejectionReason: row.rejectionReason,
  askedAt: row.createdAt.toISOString(),
  answeredAt: row.answeredAt?.toISOString() ?? null,
  answeredBy: row.answeredBy ? (row.answeredBy.fullName ?? row.answeredBy.username) : null,
  ...topicOf(row),
});

/**
 * Hỏi đáp: asking (captcha, routed to the agency in charge), the public search of
 * published answers, and the staff's answer / publish / reject. Every staff decision is
 * audited; an answer is e-mailed to the asker in the same transaction that records it.
 */
export function createQuestionService({ prisma, repository, captcha, audit, mail, publicUrl }: QuestionServiceDeps) {
  /** The question, which must belong to the actor's agency. */
  async function ownQuestion(actor: StaffActor, id: string): Promise<QuestionRow> {
    const row = await repository.find(id);
    if (!row) throw new DomainError('QUESTION_NOT_FOUND');
    if (row.agencyId !== actor.agencyId) throw new DomainError('QUESTION_OTHER_AGENCY');
    return row;
  }

  /** Changes the status only if it is still `from` (two staff acting at once: the second gets 409). */
  async function claim(id: string, from: TQuestionStatus[], run: (tx: Parameters<Parameters<TPrismaClient['$transaction']>[0]>[0]) => Promise<void>) {
    await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ status: TQuestionStatus }[]>`SELECT status FROM question WHERE id = ${id}::uuid FOR UPDATE`;
      if (!locked[0] || !from.includes(locked[0].status)) throw new DomainError('QUESTION_NOT_ANSWERABLE');
      await run(tx);
    });
  }

  return {
    async ask(input: TQuestionAsk, ctx: RequestContext): Promise<{ id: string; status: TQuestionStatus }> {
      if (!(await captcha.verify(input.captcha))) {
        throw new DomainError('CAPTCHA_INVALID', { fieldErrors: { captcha: ACCOUNT_MESSAGES.captchaWrong } });
      }
      let topic: { fieldId: string; procedureId: string | null; agencyId: string | null };
      if (input.procedureId) {
        const procedure = await repository.procedureTopic(input.procedureId);
        if (!procedure) throw new DomainError('QUESTION_TOPIC_NOT_FOUND');
        topic = { fieldId: procedure.fieldId, procedureId: procedure.id, agencyId: procedure.agencyId };
      } else {
        const field = await repository.fieldAgency(input.fieldId!);
        if (!field) throw new DomainError('QUESTION_TOPIC_NOT_FOUND');
        topic = { fieldId: field.fieldId, procedureId: null, agencyId: field.agencyId };
      }
      return prisma.$transaction(async (tx) => {
        const created = await repository.create(
          {
            ...topic,
            askerName: input.askerName,
            askerEmail: input.askerEmail,
            askerLocale: input.locale ?? 'vi',
            title: input.title,
            body: input.body,
          },
          tx,
        );
        await audit.record(
          {
            action: 'question.ask',
            actorName: input.askerEmail,
            entityType: 'question',
            entityId: created.id,
            agencyId: topic.agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            metadata: { fieldId: topic.fieldId, procedureId: topic.procedureId },
          },
          tx,
        );
        return created;
      });
    },

    async publicPage(query: TPublicQuestionQuery): Promise<TPublicQuestionPage> {
      const rows = await repository.publishedPage({
        normalizedQuery: searchNormalize(query.q ?? ''),
        fieldId: query.fieldId,
        after: decodeCursor(query.cursor),
        limit: query.limit,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toPublic),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.answeredAt!, id: last.id }) : null,
      };
    },

    async publicOne(id: string): Promise<TPublicQuestion> {
      const row = await repository.find(id);
      if (!row || row.status !== 'published') throw new DomainError('QUESTION_NOT_FOUND');
      return toPublic(row);
    },

    async staffPage(actor: StaffActor, query: TStaffQuestionQuery): Promise<TStaffQuestionPage> {
      const rows = await repository.agencyPage({ agencyId: actor.agencyId, status: query.status, after: decodeCursor(query.cursor), limit: query.limit });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toStaff),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
      };
    },

    async answer(actor: StaffActor, id: string, input: TQuestionAnswerRequest, ctx: RequestContext): Promise<TStaffQuestion> {
      const row = await ownQuestion(actor, id);
      if (!canAnswerQuestion(row.status)) throw new DomainError('QUESTION_NOT_ANSWERABLE');
      const status: TQuestionStatus = input.publish ? 'published' : 'answered';
      await claim(id, ['pending', 'answered'], async (tx) => {
        const answeredAt = new Date();
        await tx.question.update({ where: { id }, data: { answer: input.answer, status, answeredById: actor.userId, answeredAt } });
        // A published answer is public news; an answer only mailed to the asker is the agency's own
        await recordEvent(tx, {
          type: 'question.answered',
          agencyId: input.publish ? null : row.agencyId,
          subjectType: 'question',
          subjectId: id,
          at: answeredAt,
          data: {
            id,
            published: Boolean(input.publish),
            agencyId: row.agencyId,
            fieldId: row.field?.id ?? null,
            procedureId: row.procedure?.id ?? null,
            answeredAt: answeredAt.toISOString(),
          } satisfies TQuestionEventData,
        });
        await mail.enqueue(
          {
            to: row.askerEmail,
            locale: row.askerLocale,
            template: 'question-answered',
            data: {
              displayName: row.askerName,
              title: row.title,
              answer: input.answer,
              agencyName: actor.agencyName,
              ...(input.publish ? { link: `${publicUrl.replace(/\/$/, '')}/hoi-dap/${id}` } : {}),
            },
          },
          tx,
        );
        await audit.record(
          {
            action: input.publish ? 'question.publish' : 'question.answer',
            actorId: actor.userId,
            actorName: actor.username,
            entityType: 'question',
            entityId: id,
            agencyId: actor.agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            before: { status: row.status },
            after: { status },
          },
          tx,
        );
      });
      return toStaff((await repository.find(id))!);
    },

    async reject(actor: StaffActor, id: string, input: TQuestionRejectRequest, ctx: RequestContext): Promise<TStaffQuestion> {
      const row = await ownQuestion(actor, id);
      if (!canRejectQuestion(row.status)) throw new DomainError('QUESTION_NOT_ANSWERABLE');
      await claim(id, ['pending'], async (tx) => {
        await tx.question.update({ where: { id }, data: { status: 'rejected', rejectionReason: input.reason, answeredById: actor.userId, answeredAt: new Date() } });
        await mail.enqueue(
          {
            to: row.askerEmail,
            locale: row.askerLocale,
            template: 'question-rejected',
            data: { displayName: row.askerName, title: row.title, reason: input.reason, agencyName: actor.agencyName },
          },
          tx,
        );
        await audit.record(
          {
            action: 'question.reject',
            actorId: actor.userId,
            actorName: actor.username,
            entityType: 'question',
            entityId: id,
            agencyId: actor.agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            before: { status: row.status },
            after: { status: 'rejected' },
            metadata: { reason: input.reason },
          },
          tx,
        );
      });
      return toStaff((await repository.find(id))!);
    },
  };
}
