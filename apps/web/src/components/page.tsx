import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../lib/paths.ts';
import { Breadcrumbs, type Crumb } from './breadcrumbs.tsx';
import { PageTitle } from './page-title.tsx';

export interface PageProps {
  title: string;
  /** Crumbs after "Trang chủ"; the current page is added automatically. */
  breadcrumbs?: readonly Crumb[];
  lead?: ReactNode;
  /** Right-hand side of the page header, e.g. the main call to action. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** The frame every page shares: breadcrumbs, one h1, an optional lead, then content. */
export function Page({ title, breadcrumbs, lead, actions, children }: PageProps) {
  const { t } = useTranslation();
  return (
    <div className="page container">
      {breadcrumbs ? (
        <Breadcrumbs items={[{ label: t('nav.home'), to: paths.home }, ...breadcrumbs, { label: title }]} />
      ) : null}
      <div className="page__header">
        <div className="page__heading">
          <PageTitle>{title}</PageTitle>
          {lead ? <p className="page__lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
