import { ZAdminLegalDocument, type TAdminLegalDocument } from '@portal/domain';
import { ApiError, CLIENT_ERROR_CODES, csrfToken, refreshSession } from '../../lib/api-client.ts';
import { uploadWithProgress } from '../../lib/upload-with-progress.ts';
import { legalDocumentUploadUrl } from './api.ts';

/**
 * `PUT /admin/legal-documents/:id/file` as multipart with upload progress (a scanned
 * decree can be 20 MB). Refusals
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

async function send(id: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<TAdminLegalDocument> {
  const csrf = await csrfToken();
  const body = await uploadWithProgress({ method: 'PUT', url: legalDocumentUploadUrl(id), headers: csrf ? { 'X-CSRF-Token': csrf } : {}, file, onProgress, signal });
  const parsed = ZAdminLegalDocument.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({ status: 200, code: CLIENT_ERROR_CODES.invalidResponse, title: 'Response does not match the expected schema', fromServer: false });
  }
  return parsed.data;
}
