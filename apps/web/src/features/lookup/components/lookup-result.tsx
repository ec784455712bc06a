import { formatDateTimeVn, formatDateVn, lookupPartyText, type TDossierLookup, type TLookupParty } from '@portal/domain';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../../components/card-table.tsx';
import { StatusBadge } from '../../dossiers/components/status-badge.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The answer of a lookup: *THÔNG TIN HỒ SƠ* (the owner's name masked by the API) and
 * *TÌNH HÌNH XỬ LÝ HỒ SƠ*, whose senders and receivers are roles and units, never people.
 */
export function LookupResult({ dossier, headingRef }: { dossier: TDossierLookup; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null, fallback = t('lookup.info.notYet')) => (value ? formatDateVn(new Date(value)) : fallback);
  const dateTime = (value: string | null) => (value ? formatDateTimeVn(new Date(value)) : t('lookup.info.notYet'));
  const party = (value: TLookupParty | null) => (value ? lookupPartyText(value, i18n.language) : '');
  const finishedLabel = dossier.status === 'returned' ? t('lookup.info.finishedAtReturned') : t('lookup.info.finishedAtResult');

  return (
    <div className="lookup-result">
      <section aria-labelledby="lookup-info-heading">
        <h2 id="lookup-info-heading" ref={headingRef} tabIndex={-1}>
          {t('lookup.info.heading')}
        </h2>
        <dl className="facts">
          <Fact label={t('lookup.info.applicant')}>
            <span>{dossier.applicantName}</span>
            <span className="lookup-result__hint">{t('lookup.info.applicantHint')}</span>
          </Fact>
          <Fact label={t('lookup.info.code')}>
            <span className="facts__code">{dossier.code}</span>
          </Fact>
          <Fact label={t('lookup.info.procedure')}>
            <span lang="vi">{dossier.procedure.name}</span> ({dossier.procedure.code})
          </Fact>
          <Fact label={t('lookup.info.agency')}>
            <span lang="vi">{dossier.agency.name}</span>
          </Fact>
          <Fact label={t('lookup.info.submittedAt')}>{dateTime(dossier.submittedAt)}</Fact>
          <Fact label={t('lookup.info.receivedAt')}>{dateTime(dossier.receivedAt)}</Fact>
          <Fact label={t('lookup.info.dueAt')}>{date(dossier.dueAt, t('lookup.info.dueAfterReceipt'))}</Fact>
          <Fact label={t('lookup.info.status')}>
            <StatusBadge status={dossier.status} />
          </Fact>
          {dossier.finishedAt ? <Fact label={finishedLabel}>{date(dossier.finishedAt)}</Fact> : null}
        </dl>
        <p className="lookup-result__privacy">{t('lookup.privacy')}</p>
      </section>

      <section aria-labelledby="lookup-history-heading">
        <h2 id="lookup-history-heading">{t('lookup.history.heading')}</h2>
        {dossier.history.length === 0 ? (
          <p>{t('lookup.history.empty')}</p>
        ) : (
          <CardTable
            className="lookup-history"
            caption={t('lookup.history.caption', { code: dossier.code })}
            labelledBy="lookup-history-heading"
            columns={[
              { key: 'index', label: t('lookup.history.index') },
              { key: 'time', label: t('lookup.history.time'), className: 'nowrap' },
              { key: 'sender', label: t('lookup.history.sender') },
              { key: 'action', label: t('lookup.history.action') },
              { key: 'receiver', label: t('lookup.history.receiver') },
            ]}
            rows={dossier.history.map((row, index) => ({
              key: `${row.at}-${index}`,
              cells: {
                index: index + 1,
                time: formatDateTimeVn(new Date(row.at)),
                sender: party(row.sender),
                action: i18n.language === 'en' ? row.action.label.en : row.action.label.vi,
                receiver: party(row.receiver),
              },
            }))}
          />
        )}
      </section>
    </div>
  );
}
