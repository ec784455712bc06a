import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';

/**
 * Copies `value` to the clipboard; the outcome is announced politely next to the button
 * (a browser may refuse the clipboard: then the person is told to copy by hand).
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-button">
      <Button variant="secondary" onClick={() => void copy()} aria-label={label}>
        {t('apiClients.secretDialog.copy')}
      </Button>
      <span role="status" aria-live="polite" className="form-note">
        {state === 'copied' ? t('apiClients.secretDialog.copied') : state === 'failed' ? t('apiClients.secretDialog.copyFailed') : ''}
      </span>
    </span>
  );
}
