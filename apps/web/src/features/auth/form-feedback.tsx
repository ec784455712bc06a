import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { apiErrorTitle, fieldMessage } from '../../lib/api-error-text.ts';

export interface FieldSpec<T extends FieldValues> {
  name: Path<T>;
  /** id of the control, for the summary's links */
  id: string;
}

/**
 * One place for a form's errors: the shared schema's messages and the API's (its field
 * errors land on the matching fields), translated, plus the error summary at the top.
 */
export function useFormFeedback<T extends FieldValues>(form: UseFormReturn<T, unknown, any>, fields: readonly FieldSpec<T>[], apiError: unknown, extra: ErrorSummaryItem[] = []) {
  const { t, i18n } = useTranslation();
  const { errors, submitCount } = form.formState;

  useEffect(() => {
    if (!isApiError(apiError) || !apiError.fromServer) return;
    for (const [name, message] of Object.entries(apiError.fieldErrors)) {
      if (fields.some((field) => field.name === name)) form.setError(name as Path<T>, { type: 'server', message }, { shouldFocus: false });
    }
    // Only when a new answer arrives.
  }, [apiError]);

  const fieldError = (name: Path<T>): string | undefined => {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === 'string' && message ? fieldMessage(message, i18n.language) : undefined;
  };

  const items: ErrorSummaryItem[] = [];
  if (apiError && !(isApiError(apiError) && apiError.code === 'VALIDATION_FAILED')) items.push({ message: apiErrorTitle(apiError, i18n.language, t) });
  for (const field of fields) {
    const message = fieldError(field.name);
    if (message) items.push({ target: field.id, message });
  }
  items.push(...extra);

  return {
    fieldError,
    summary: <ErrorSummary title={t('auth.errorSummary')} items={items} attempt={submitCount} />,
  };
}
