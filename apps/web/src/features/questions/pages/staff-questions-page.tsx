import { QUESTION_STATUSES, QUESTION_STATUS_LABELS, canAnswerQuestion, canRejectQuestion, localDateOf, type TQuestionStatus, type TStaffQuestion } from '@portal/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { listStaffQuestions, questionKeys } from '../api.ts';
import { AnswerDialog, type QuestionDecision } from '../components/answer-dialog.tsx';

const isStatus = (value: string | null): value is TQuestionStatus => (QUESTION_STATUSES as readonly string[]).includes(value ?? '');

/** Hỏi đáp in the staff workspace (/can-bo/hoi-dap?trangThai=pending): my agency's questions, answered in a dialog. */
export function StaffQuestionsPage() {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [params, setParams] = useSearchParams();
  const raw = params.get('trangThai');
  const status = raw === 'all' ? undefined : isStatus(raw) ? raw : 'pending';
  const [open, setOpen] = useState<{ question: TStaffQuestion; decision: QuestionDecision } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useInfiniteQuery({
    queryKey: questionKeys.staff(status ?? 'all'),
    queryFn: ({ pageParam, signal }) => listStaffQuestions({ status, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const date = (iso: string) => formatIsoDate(localDateOf(new Date(iso)), i18n.language);

  return (
    <Page title={t('questions.staff.title')} breadcrumbs={[{ label: t('pages.staffHome'), to: paths.staff.home }]} lead={t('questions.staff.lead')}>
      <SelectField
        id={`${formId}-status`}
        label={t('questions.staff.statusFilter')}
        value={status ?? 'all'}
        onChange={(event) => {
          setNotice(null);
          setParams(new URLSearchParams({ trangThai: event.target.value }));
        }}
      >
        {QUESTION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {QUESTION_STATUS_LABELS[value][language]}
          </option>
        ))}
        <option value="all">{t('questions.staff.allStatuses')}</option>
      </SelectField>
      <div aria-live="polite">{notice ? <p className="alert alert--success">{notice}</p> : null}</div>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('questions.staff.empty')}</p>
      ) : (
        <ul className="qa-list">
          {items.map((item) => (
            <li key={item.id} className="qa-list__item">
              <h2 className="qa-list__title">{item.title}</h2>
              <p className="file-meta">
                {[QUESTION_STATUS_LABELS[item.status][language], item.askerName, item.askerEmail, item.field?.name, item.procedure?.name, t('questions.staff.asked', { date: date(item.askedAt) })]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p style={{ whiteSpace: 'pre-line' }}>{item.body}</p>
              {item.answer ? (
                <p style={{ whiteSpace: 'pre-line' }}>
                  <strong>{t('questions.answerHeading')}:</strong> {item.answer}
                </p>
              ) : null}
              {item.answeredBy ? <p className="file-meta">{t('questions.staff.answeredBy', { name: item.answeredBy })}</p> : null}
              {item.rejectionReason ? <p className="file-meta">{t('questions.staff.rejectionReason', { reason: item.rejectionReason })}</p> : null}
              <div className="button-row">
                {canAnswerQuestion(item.status) ? (
                  <Button onClick={() => setOpen({ question: item, decision: 'answer' })}>{t('questions.staff.answer')}</Button>
                ) : null}
                {canRejectQuestion(item.status) ? (
                  <Button variant="secondary" onClick={() => setOpen({ question: item, decision: 'reject' })}>
                    {t('questions.staff.reject')}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('questions.more')}
        </Button>
      ) : null}
      <AnswerDialog
        question={open?.question ?? null}
        decision={open?.decision ?? 'answer'}
        onClose={() => setOpen(null)}
        onDone={(decision) => {
          setOpen(null);
          setNotice(decision === 'answer' ? t('questions.staff.answered') : t('questions.staff.rejected'));
        }}
      />
    </Page>
  );
}
