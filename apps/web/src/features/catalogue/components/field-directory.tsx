import { useQuery } from '@tanstack/react-query';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { proceduresUrl } from '../../../lib/paths.ts';
import { fieldListQuery } from '../queries.ts';

export interface FieldDirectoryProps {
  basePath: string;
  /** Fields of one agency (step 2), or all fields (field-first browsing). */
  agencyId?: string | undefined;
  onlineOnly?: boolean;
  headingId: string;
  heading: string;
  /** Focus target after navigation (the heading then takes tabIndex -1) */
  headingRef?: Ref<HTMLHeadingElement>;
  lead: string;
}

/** Fields (lĩnh vực) with their number of procedures; each leads to the procedure list. */
export function FieldDirectory({ basePath, agencyId, onlineOnly = false, headingId, heading, headingRef, lead }: FieldDirectoryProps) {
  const { t } = useTranslation();
  const fields = useQuery(fieldListQuery({ agencyId, online: onlineOnly || undefined }));
  const items = (fields.data?.items ?? []).filter((field) => field.procedureCount > 0);
  return (
    <section className="browse-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </h2>
      <p className="browse-step__lead">{lead}</p>
      {fields.isPending ? <Spinner /> : null}
      {fields.isError ? <ErrorMessage error={fields.error} onRetry={() => void fields.refetch()} /> : null}
      {fields.isSuccess && items.length === 0 ? <p>{t('browse.noFields')}</p> : null}
      {items.length > 0 ? (
        <ul className="field-list">
          {items.map((field) => (
            <li key={field.id}>
              <Link to={proceduresUrl({ agencyId, fieldId: field.id }, basePath)} className="field-list__link">
                <span className="field-list__name" lang="vi">
                  {field.name}
                </span>
                <span className="field-list__count">{t('browse.fieldCount', { count: field.procedureCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
