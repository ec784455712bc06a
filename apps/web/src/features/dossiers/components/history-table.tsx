import { ACTOR_ROLE_LABELS, formatDateTimeVn, type TFileRef, type THistoryRow } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { dossierHistoryQuery } from '../queries.ts';
import { ModalDialog } from './modal-dialog.tsx';

type TParty = THistoryRow['actor'];

function Party({ party }: { party: TParty | null }) {
  const { i18n } = useTranslation();
  if (!party) return null;
  const role = party.role ? ACTOR_ROLE_LABELS[party.role][i18n.language === 'en' ? 'en' : 'vi'] : null;
  const name = party.name ?? role;
  return (
    <>
      <span className="data-table__primary">{name}</span>
      {party.unit || (party.name && role) ? (
        <span className="data-table__secondary">{[party.name ? role : null, party.unit].filter(Boolean).join(' · ')}</span>
      ) : null}
    </>
  );
}

/**
 * Quá trình xử lý: STT, time, sender, action, receiver, note (seed 000, I.3), and the
 * attachments of each step when `attachmentHref` says where to open them (staff).
 */
export function HistoryTable({
  rows,
  captionId,
  attachmentHref,
}: {
  rows: readonly THistoryRow[];
  captionId?: string;
  attachmentHref?: (file: TFileRef) => string;
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p>{t('dossiers.history.empty')}</p>;
  return (
    <div className="table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table history-table">
        <thead>
          <tr>
            <th scope="col">{t('dossiers.history.index')}</th>
            <th scope="col">{t('dossiers.history.time')}</th>
            <th scope="col">{t('dossiers.history.sender')}</th>
            <th scope="col">{t('dossiers.history.action')}</th>
            <th scope="col">{t('dossiers.history.receiver')}</th>
            <th scope="col">{t('dossiers.history.note')}</th>
            {attachmentHref ? <th scope="col">{t('dossiers.history.attachments')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td>{index + 1}</td>
              <td className="nowrap">{formatDateTimeVn(new Date(row.at))}</td>
              <td>
                <Party party={row.actor} />
              </td>
              <td>{i18n.language === 'en' ? row.action.label.en : row.action.label.vi}</td>
              <td>
                <Party party={row.receiver} />
              </td>
              <td className="preserve-lines">{row.note}</td>
              {attachmentHref ? (
                <td>
                  <ul className="history-attachments">
                    {row.attachments.map((file) => (
                      <li key={file.id}>
                        <a href={attachmentHref(file)} target="_blank" rel="noopener">
                          {file.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The history of one dossier, loaded when shown. */
export function DossierHistory({ dossierId, captionId }: { dossierId: string; captionId?: string }) {
  const history = useQuery(dossierHistoryQuery(dossierId));
  if (history.isPending) return <Spinner />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  return <HistoryTable rows={history.data.items} captionId={captionId} />;
}

/** "Quá trình XL" dialog of the list. */
export function HistoryDialog({ dossier, onClose }: { dossier: { id: string; code: string | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={dossier !== null}
      wide
      title={dossier?.code ? t('dossiers.history.titleOf', { code: dossier.code }) : t('dossiers.history.title')}
      onClose={onClose}
      closeLabel={t('dossiers.history.close')}
    >
      {dossier ? <DossierHistory dossierId={dossier.id} /> : null}
    </ModalDialog>
  );
}
