import { localDateOf } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { formatIsoDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { getPublicQuestion, questionKeys } from '../api.ts';

/** One published question and its answer (/hoi-dap/:id). Answers keep their line breaks; no HTML is interpreted. */
export function QuestionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const question = useQuery({ queryKey: questionKeys.one(id), queryFn: ({ signal }) => getPublicQuestion(id, signal) });
  const crumbs = [{ label: t('pages.qa'), to: paths.qa }];

  if (question.isPending) return <Page title={t('pages.qa')} breadcrumbs={crumbs}><Spinner /></Page>;
  if (question.isError) {
    return (
      <Page title={t('pages.qa')} breadcrumbs={crumbs}>
        <ErrorMessage error={question.error} />
        <p>
          <Link to={paths.qa}>{t('questions.backToList')}</Link>
        </p>
      </Page>
    );
  }
  const item = question.data;
  const date = (iso: string) => formatIsoDate(localDateOf(new Date(iso)), i18n.language);
  return (
    <Page title={item.title} titleLang="vi" breadcrumbs={crumbs}>
      <article className="qa-article">
        <p className="file-meta">
          {[item.field?.name, item.procedure?.name, t('questions.askedBy', { name: item.askerName })].filter(Boolean).join(' · ')}
        </p>
        <h2>{t('questions.questionHeading')}</h2>
        <p className="qa-article__text" lang="vi">
          {item.body}
        </p>
        <h2>{t('questions.answerHeading')}</h2>
        <p className="file-meta">
          {[item.agencyName ? t('questions.answerBy', { agency: item.agencyName }) : null, t('questions.answeredOn', { date: date(item.answeredAt) })].filter(Boolean).join(' · ')}
        </p>
        <p className="qa-article__text" lang="vi">
          {item.answer}
        </p>
      </article>
      <p>
        <Link to={paths.qa}>{t('questions.backToList')}</Link>
      </p>
    </Page>
  );
}
