import { localDateOf, type TPublicQuestion } from '@portal/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { fieldListQuery, procedureQuery } from '../../catalogue/queries.ts';
import { listPublicQuestions, questionKeys } from '../api.ts';
import { AskQuestionForm } from '../components/ask-question-form.tsx';

/**
 * Hỏi đáp (/hoi-dap?q=&linhVuc=): published questions and answers, searched by keywords
 * with or without diacritics and filtered by field, and the form to ask a new question.
 */
export function QuestionsPage() {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const fieldId = params.get('linhVuc') ?? '';
  const [draft, setDraft] = useState({ q, fieldId });
  const fields = useQuery(fieldListQuery());
  // ?thuTuc=<code>: opened from a procedure's page, the question is about that procedure.
  const procedureCode = params.get('thuTuc');
  const procedure = useQuery({ ...procedureQuery(procedureCode ?? ''), enabled: Boolean(procedureCode) });
  const askedProcedure = procedureCode && procedure.data
    ? { id: procedure.data.id, code: procedure.data.code, name: procedure.data.name, fieldId: procedure.data.field.id }
    : undefined;
  const query = { q: q || undefined, fieldId: fieldId || undefined };
  const list = useInfiniteQuery({
    queryKey: questionKeys.public(query),
    queryFn: ({ pageParam, signal }) => listPublicQuestions({ ...query, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.fieldId) next.set('linhVuc', draft.fieldId);
    setParams(next);
  };

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('pages.qa')} breadcrumbs={[]} lead={t('questions.lead')}>
      <form role="search" className="filter-panel" onSubmit={onSearch}>
        <TextField
          id={`${formId}-q`}
          label={t('questions.searchLabel')}
          hint={t('questions.searchHint')}
          type="search"
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
        />
        <SelectField id={`${formId}-field`} label={t('questions.fieldLabel')} value={draft.fieldId} onChange={(event) => setDraft({ ...draft, fieldId: event.target.value })}>
          <option value="">{t('questions.allFields')}</option>
          {fields.data?.items.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit">{t('questions.searchSubmit')}</Button>
        </div>
      </form>

      <section aria-labelledby={`${formId}-list`}>
        <h2 id={`${formId}-list`}>{t('questions.listHeading')}</h2>
        {list.isPending ? (
          <Spinner />
        ) : list.isError ? (
          <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <p role="status">{t('questions.empty')}</p>
        ) : (
          <ul className="qa-list">
            {items.map((item) => (
              <QuestionSummary key={item.id} item={item} language={i18n.language} />
            ))}
          </ul>
        )}
        {list.hasNextPage ? (
          <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('questions.more')}
          </Button>
        ) : null}
      </section>

      <section aria-labelledby="gui-cau-hoi">
        <h2 id="gui-cau-hoi">{t('questions.ask.heading')}</h2>
        <AskQuestionForm
          key={askedProcedure?.id ?? 'field'}
          procedure={askedProcedure}
          onForgetProcedure={() => {
            const next = new URLSearchParams(params);
            next.delete('thuTuc');
            setParams(next, { replace: true, preventScrollReset: true });
          }}
        />
      </section>
    </Page>
  );
}

function QuestionSummary({ item, language }: { item: TPublicQuestion; language: string }) {
  const { t } = useTranslation();
  return (
    <li className="qa-list__item">
      <h3 className="qa-list__title">
        <Link to={paths.question(item.id)} lang="vi">
          {item.title}
        </Link>
      </h3>
      <p className="file-meta">
        {[item.field?.name, t('questions.answeredOn', { date: formatIsoDate(localDateOf(new Date(item.answeredAt)), language) })].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}
