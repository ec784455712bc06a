import { zodResolver } from '@hookform/resolvers/zod';
import {
  ZQuestionAnswerRequest,
  ZQuestionRejectRequest,
  translateDomainMessage,
  type TQuestionAnswerRequest,
  type TQuestionRejectRequest,
  type TStaffQuestion,
} from '@portal/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { CheckboxField, TextAreaField } from '../../../components/form-field.tsx';
import { ModalDialog } from '../../dossiers/components/modal-dialog.tsx';
import { answerQuestion, questionKeys, rejectQuestion } from '../api.ts';

export type QuestionDecision = 'answer' | 'reject';

/**
 * Trả lời / Từ chối one question: the question as asked, then a form checked by the
 * shared schema. Answering e-mails the asker; "publish" also shows it on /hoi-dap.
 */
export function AnswerDialog({
  question,
  decision,
  onClose,
  onDone,
}: {
  question: TStaffQuestion | null;
  decision: QuestionDecision;
  onClose: () => void;
  onDone: (decision: QuestionDecision) => void;
}) {
  const { t } = useTranslation();
  const title = decision === 'answer' ? t('questions.staff.answer') : t('questions.staff.reject');
  return (
    <ModalDialog open={question !== null} title={question ? `${title}: ${question.title}` : title} onClose={onClose} wide>
      {question ? (
        <>
          <p className="file-meta">{[question.askerName, question.field?.name, question.procedure?.name].filter(Boolean).join(' · ')}</p>
          <p style={{ whiteSpace: 'pre-line' }}>{question.body}</p>
          {decision === 'answer' ? (
            <AnswerForm key={question.id} question={question} onClose={onClose} onDone={() => onDone('answer')} />
          ) : (
            <RejectForm key={question.id} question={question} onClose={onClose} onDone={() => onDone('reject')} />
          )}
        </>
      ) : null}
    </ModalDialog>
  );
}

function useDecision<T>(send: (id: string, body: T) => Promise<unknown>, id: string, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => send(id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: questionKeys.all });
      onDone();
    },
  });
}

function AnswerForm({ question, onClose, onDone }: { question: TStaffQuestion; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const mutation = useDecision(answerQuestion, question.id, onDone);
  const form = useForm<TQuestionAnswerRequest>({ resolver: zodResolver(ZQuestionAnswerRequest), defaultValues: { answer: question.answer ?? '', publish: true } });
  const error = form.formState.errors.answer?.message;
  return (
    <form noValidate className="action-form" aria-label={t('questions.staff.answer')} onSubmit={(event) => void form.handleSubmit((values) => mutation.mutate(values))(event)}>
      <div className="dialog__body">
        <TextAreaField
          id={`${id}-answer`}
          label={t('questions.staff.answerLabel')}
          rows={8}
          required
          maxLength={10000}
          error={error ? translateDomainMessage(error, i18n.language) : undefined}
          {...form.register('answer')}
        />
        <CheckboxField id={`${id}-publish`} label={t('questions.staff.publish')} {...form.register('publish')} />
      </div>
      {mutation.isError ? <ErrorMessage error={mutation.error} /> : null}
      <div className="button-row dialog__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {t('questions.staff.send')}
        </Button>
        <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
          {t('questions.staff.cancel')}
        </Button>
      </div>
    </form>
  );
}

function RejectForm({ question, onClose, onDone }: { question: TStaffQuestion; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const mutation = useDecision(rejectQuestion, question.id, onDone);
  const form = useForm<TQuestionRejectRequest>({ resolver: zodResolver(ZQuestionRejectRequest), defaultValues: { reason: '' } });
  const error = form.formState.errors.reason?.message;
  return (
    <form noValidate className="action-form" aria-label={t('questions.staff.reject')} onSubmit={(event) => void form.handleSubmit((values) => mutation.mutate(values))(event)}>
      <div className="dialog__body">
        <TextAreaField
          id={`${id}-reason`}
          label={t('questions.staff.rejectLabel')}
          rows={4}
          required
          maxLength={2000}
          error={error ? translateDomainMessage(error, i18n.language) : undefined}
          {...form.register('reason')}
        />
      </div>
      {mutation.isError ? <ErrorMessage error={mutation.error} /> : null}
      <div className="button-row dialog__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {t('questions.staff.rejectSend')}
        </Button>
        <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
          {t('questions.staff.cancel')}
        </Button>
      </div>
    </form>
  );
}
