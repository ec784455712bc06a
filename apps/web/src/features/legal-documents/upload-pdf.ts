import { ZAdminLegalDocument, ZProblem, type TAdminLegalDocument } from '@portal/domain';
import { ApiError, buildUrl, CLIENT_ERROR_CODES, readCookie, refreshSession } from '../../lib/api-client.ts';
import { legalDocumentUploadUrl } from './api.ts';

/**
 * `PUT /admin/legal-documents/:id/file` as multipart through XMLHttpRequest, the one
 * browser API that reports upload progress (a scanned decree can be 20 MB). Refusals
 * (415 not a PDF, 413 too large) arrive as the same ApiError as every other call.
 */
export async function uploadLegalDocumentPdf(id: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<TAdminLegalDocument> {
  try {
    return await send(id, file, onProgress, signal);
  } catch (error) {
    // An expired access token: renew the session once and send again.
    if (error instanceof ApiError && error.status === 401 && (await refreshSession())) return send(id, file, onProgress, signal);
    throw error;
  }
}

async function csrfToken(): Promise<string | undefined> {
  const token = readCookie('csrf_token');
  if (token) return token;
  await fetch(buildUrl('/api/v1/auth/csrf'), { credentials: 'include' }).catch(() => undefined);
  return readCookie('csrf_token');
}

async function send(id: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<TAdminLegalDocument> {
  const csrf = await csrfToken();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', legalDocumentUploadUrl(id));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = ZAdminLegalDocument.safeParse(body);
        if (parsed.success) {
          onProgress(100);
          resolve(parsed.data);
        } else reject(new ApiError({ status: xhr.status, code: CLIENT_ERROR_CODES.invalidResponse, title: 'Response does not match the expected schema', fromServer: false }));
        return;
      }
      const problem = ZProblem.safeParse(body);
      reject(
        problem.success
          ? ApiError.fromProblem(problem.data)
          : new ApiError({ status: xhr.status, code: CLIENT_ERROR_CODES.http, title: `HTTP ${xhr.status} ${xhr.statusText}`.trim(), fromServer: false }),
      );
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, title: 'Network request failed', fromServer: false }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
