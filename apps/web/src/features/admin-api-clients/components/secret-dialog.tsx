import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ModalDialog } from '../../dossiers/components/modal-dialog.tsx';
import { tokenUrl } from '../api.ts';
import { dateTimeText } from '../format.ts';
import { CopyButton } from './copy-button.tsx';

export interface RevealedSecret {
  kind: 'created' | 'rotated';
  name: string;
  clientId: string;
  secret: string;
  /** Rotation: until when the previous secret keeps working (null: it ended at once) */
  previousExpiresAt?: string | null | undefined;
}

/** The curl command an integrator runs first (client_secret_basic, as RFC 6749 §2.3.1 prefers). */
export const curlExample = (url: string, clientId: string, secret: string) =>
  `curl -X POST '${url}' \\\n  -u '${clientId}:${secret}' \\\n  -d grant_type=client_credentials`;

/**
 * The one moment the secret is readable: a modal dialog with the client id, the secret, the
 * token URL and a curl example, each with a copy button, and a warning that it is never shown
 * again. Closing it (the button or Esc) forgets the secret: the page holds it nowhere else.
 */
export function SecretDialog({ revealed, onClose }: { revealed: RevealedSecret | null; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const url = tokenUrl();
  const title = revealed
    ? t(revealed.kind === 'created' ? 'apiClients.secretDialog.titleCreated' : 'apiClients.secretDialog.titleRotated', { name: revealed.name })
    : '';
  return (
    <ModalDialog open={revealed !== null} title={title} onClose={onClose} wide>
      {revealed ? (
        <div className="dialog__body secret-dialog">
          <p className="alert alert--warning" id={`${id}-warning`}>
            <strong>{t('apiClients.secretDialog.warning')}</strong>
          </p>
          <dl className="secret-dialog__facts">
            <dt>{t('apiClients.secretDialog.clientId')}</dt>
            <dd>
              <code data-testid="revealed-client-id">
                {revealed.clientId}
              </code>{' '}
              <CopyButton value={revealed.clientId} label={t('apiClients.secretDialog.copyClientId')} />
            </dd>
            <dt>{t('apiClients.secretDialog.secret')}</dt>
            <dd>
              <code className="secret-dialog__secret" data-testid="revealed-secret" aria-describedby={`${id}-warning`}>
                {revealed.secret}
              </code>{' '}
              <CopyButton value={revealed.secret} label={t('apiClients.secretDialog.copySecret')} />
            </dd>
            <dt>{t('apiClients.secretDialog.tokenUrl')}</dt>
            <dd>
              <code>{url}</code>
            </dd>
          </dl>
          {revealed.kind === 'rotated' && revealed.previousExpiresAt ? (
            <p>{t('apiClients.secretDialog.oldSecret', { when: dateTimeText(revealed.previousExpiresAt) })}</p>
          ) : null}
          <h3 className="secret-dialog__subheading">{t('apiClients.secretDialog.curl')}</h3>
          <pre className="secret-dialog__code">
            <code>{curlExample(url, revealed.clientId, revealed.secret)}</code>
          </pre>
          <CopyButton value={curlExample(url, revealed.clientId, revealed.secret)} label={t('apiClients.secretDialog.copyCurl')} />
          <div className="button-row dialog__actions">
            <Button onClick={onClose}>{t('apiClients.secretDialog.done')}</Button>
          </div>
        </div>
      ) : null}
    </ModalDialog>
  );
}
