import { ERROR_CODES, isErrorCode, translateDomainMessage } from '@portal/domain';
import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiError } from './api-client.ts';

/**
 * The service itself is down, not the reader's connection: the API's 503 (its database
 * does not answer, or a request ran out of time), or a gateway in front of it that could
 * not reach it (502, 504).
 */
export const isServiceUnavailable = (error: unknown): boolean =>
  isApiError(error) && (error.status === 503 || (!error.fromServer && (error.status === 502 || error.status === 504)));

/**
 * What went wrong, in the reader's language: the API writes Vietnamese titles; for
 * English readers the code's English title from @portal/domain is used instead.
 */
export function apiErrorTitle(error: unknown, language: string, t: TFunction): string {
  if (isServiceUnavailable(error)) return t('errors.unavailable');
  if (isApiError(error) && error.fromServer) {
    return language !== 'vi' && isErrorCode(error.code) ? ERROR_CODES[error.code].en : error.title;
  }
  if (isApiError(error) && error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
  return t('errors.unexpected');
}

/** A field message (shared schema or API) in the reader's language. */
export const fieldMessage = (message: string, language: string): string => translateDomainMessage(message, language);
