import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../lib/paths.ts';
import { Breadcrumbs, type Crumb } from './breadcrumbs.tsx';
import { PageTitle } from './page-title.tsx';

export interface PageProps {
  title: string;
  /** The title's language when it differs from the interface's (e.g. `vi`: a procedure's name in English mode, WCAG 3.1.2). */
  titleLang?: string | undefined;
  /** Crumbs after "Trang chủ"; the current page is added automatically. */
  breadcrumbs?: readonly Crumb[];
  lead?: ReactNode;
  /** Right-hand side of the page header, e.g. the main call to action. */
  actions?: ReactNode;
  children?: ReactNode;
  /** The data of the page is loading: the title is a placeholder of its usual size (no layout shift). */
  loading?: boolean;
}

/** The frame every page shares: breadcrumbs, one h1, an optional lead, then content. */
export function Page({ title, titleLang, breadcrumbs, lead, actions, children, loading = false }: PageProps) {
  const { t } = useTranslation();
  return (
    <div className="page container">
      {breadcrumbs ? (
        <Breadcrumbs items={[{ label: t('nav.home'), to: paths.home }, ...breadcrumbs, { label: title, lang: titleLang }]} />
      ) : null}
      <div className="page__header">
        <div className="page__heading">
          <PageTitle lang={titleLang} loading={loading}>
            {title}
          </PageTitle>
          {lead ? <p className="page__lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
