import { ACTOR_ROLE_LABELS, formatDateTimeVn, type TFileRef, type THistoryRow } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CardTable, type TCardTableColumn } from '../../../components/card-table.tsx';
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
  const columns: TCardTableColumn[] = [
    { key: 'index', label: t('dossiers.history.index') },
    { key: 'time', label: t('dossiers.history.time'), className: 'nowrap' },
    { key: 'sender', label: t('dossiers.history.sender') },
    { key: 'action', label: t('dossiers.history.action') },
    { key: 'receiver', label: t('dossiers.history.receiver') },
    { key: 'note', label: t('dossiers.history.note'), className: 'preserve-lines' },
    ...(attachmentHref ? [{ key: 'attachments', label: t('dossiers.history.attachments') }] : []),
  ];
  return (
    <CardTable
      className="history-table"
      caption={t('dossiers.history.title')}
      labelledBy={captionId}
      columns={columns}
      rows={rows.map((row, index) => ({
        key: row.id,
        cells: {
          index: index + 1,
          time: formatDateTimeVn(new Date(row.at)),
          sender: <Party party={row.actor} />,
          action: i18n.language === 'en' ? row.action.label.en : row.action.label.vi,
          receiver: <Party party={row.receiver} />,
          note: row.note,
          attachments:
            attachmentHref && row.attachments.length > 0 ? (
              <ul className="history-attachments">
                {row.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={attachmentHref(file)} target="_blank" rel="noopener">
                      {file.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null,
        },
      }))}
    />
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
