import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { useDeleteDossier, useSubmitDossier } from '../mutations.ts';
import type { ActionTarget } from './dossier-actions.tsx';
import { HistoryDialog } from './history-table.tsx';
import { ConfirmDialog } from './modal-dialog.tsx';

/**
 * The dialogs behind Xóa, Gửi and Quá trình XL, shared by the list and the dossier page.
 * `notice` is the last outcome in words, for a polite live region.
 */
export function useActionDialogs({ onDeleted }: { onDeleted?: (target: ActionTarget) => void } = {}) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<ActionTarget | null>(null);
  const [submitting, setSubmitting] = useState<ActionTarget | null>(null);
  const [history, setHistory] = useState<ActionTarget | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useDeleteDossier();
  const submit = useSubmitDossier();

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };
  const closeSubmit = () => {
    setSubmitting(null);
    submit.reset();
  };

  const incomplete = isApiError(submit.error) && submit.error.code === 'DOSSIER_INCOMPLETE';

  const dialogs = (
    <>
      <ConfirmDialog
        open={deleting !== null}
        title={t('dossiers.confirmDelete.title')}
        body={<p>{t('dossiers.confirmDelete.body')}</p>}
        confirmLabel={t('dossiers.confirmDelete.confirm')}
        cancelLabel={t('dossiers.confirmDelete.cancel')}
        danger
        busy={remove.isPending}
        error={remove.isError ? <ErrorMessage error={remove.error} /> : null}
        onCancel={closeDelete}
        onConfirm={() => {
          const target = deleting;
          if (!target) return;
          remove.mutate(target.id, {
            onSuccess: () => {
              setNotice(t('dossiers.list.deleted'));
              closeDelete();
              onDeleted?.(target);
            },
          });
        }}
      />
      <ConfirmDialog
        open={submitting !== null}
        title={t('dossiers.confirmSubmit.title')}
        body={<p>{t('dossiers.confirmSubmit.body')}</p>}
        confirmLabel={t('dossiers.confirmSubmit.confirm')}
        cancelLabel={t('dossiers.confirmSubmit.cancel')}
        busy={submit.isPending}
        error={
          incomplete && submitting ? (
            <div className="alert alert--error" role="alert">
              <p>{t('dossiers.confirmSubmit.incomplete')}</p>
              <p>
                <Link to={paths.citizen.editDossier(submitting.id)}>{t('dossiers.confirmSubmit.openToComplete')}</Link>
              </p>
            </div>
          ) : submit.isError ? (
            <ErrorMessage error={submit.error} />
          ) : null
        }
        onCancel={closeSubmit}
        onConfirm={() => {
          const target = submitting;
          if (!target) return;
          submit.mutate(
            { id: target.id, version: target.version },
            {
              onSuccess: (result) => {
                setNotice(t('dossiers.list.submitted', { code: result.code ?? '' }));
                closeSubmit();
              },
            },
          );
        }}
      />
      <HistoryDialog dossier={history} onClose={() => setHistory(null)} />
    </>
  );

  return {
    dialogs,
    notice,
    openDelete: (target: ActionTarget) => {
      remove.reset();
      setDeleting(target);
    },
    openSubmit: (target: ActionTarget) => {
      submit.reset();
      setSubmitting(target);
    },
    openHistory: setHistory,
  };
}
