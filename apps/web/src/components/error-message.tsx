import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';
import { apiErrorTitle, fieldMessage } from '../lib/api-error-text.ts';
import { Button } from './button.tsx';

export interface ErrorMessageProps {
  error: unknown;
  /** Shows a "Thử lại" button. */
  onRetry?: () => void;
  /** Human labels for the API's field names, e.g. `{ email: t('…') }`. Unknown fields show their key. */
  fieldLabels?: Readonly<Record<string, string>>;
}

/**
 * Shows what went wrong in words a citizen can act on: the problem+json `title` the API
 * wrote in Vietnamese, its field errors, and the request id to quote to the hotline.
 * Failures that never reached the API get a generic, translated message instead.
 */
export function ErrorMessage({ error, onRetry, fieldLabels = {} }: ErrorMessageProps) {
  const { t, i18n } = useTranslation();
  const apiError = isApiError(error) ? error : undefined;
  const title = apiErrorTitle(error, i18n.language, t);

  const fieldErrors = apiError?.fromServer ? Object.entries(apiError.fieldErrors) : [];

  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      {apiError?.fromServer && apiError.detail ? <p>{apiError.detail}</p> : null}
      {fieldErrors.length > 0 ? (
        <>
          <p>{t('errors.fieldErrorsIntro')}</p>
          <ul className="alert__list">
            {fieldErrors.map(([field, message]) => (
              <li key={field}>
                <strong>{fieldLabels[field] ?? field}</strong>: {fieldMessage(message, i18n.language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {apiError?.requestId ? (
        <p className="alert__meta">{t('errors.requestId', { id: apiError.requestId })}</p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}
