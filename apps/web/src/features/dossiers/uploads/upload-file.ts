import { ZDossierFile, ZProblem, type TDossierFile } from '@portal/domain';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client.ts';
import type { UploadTarget } from '../dossier-client.ts';

/**
 * `POST /dossiers/:id/files` as multipart (componentId first, then the file) through
 * XMLHttpRequest, the one browser API that reports upload progress. Errors become the
 * same ApiError the rest of the SPA shows (the API's 413/415 titles included).
 */
export async function uploadDossierFile({
  target,
  componentId,
  file,
  onProgress,
  signal,
}: {
  target: UploadTarget;
  /** The dossier component of a citizen's attachment; none for staff result documents */
  componentId?: string | undefined;
  file: File;
  onProgress: (percent: number) => void;
  signal: AbortSignal;
}): Promise<TDossierFile | null> {
  const attempt = async () => send(target.url, await target.headers(), componentId, file, onProgress, signal);
  try {
    return await attempt();
  } catch (error) {
    // An expired access token: renew the session once and send again.
    if (error instanceof ApiError && error.status === 401 && target.renew && (await target.renew())) return attempt();
    throw error;
  }
}

function send(
  url: string,
  headers: Record<string, string>,
  componentId: string | undefined,
  file: File,
  onProgress: (percent: number) => void,
  signal: AbortSignal,
): Promise<TDossierFile | null> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        // The list is refreshed from the dossier anyway; a body we cannot read is not a failure.
        const parsed = ZDossierFile.safeParse(parseJson(xhr.responseText));
        resolve(parsed.success ? parsed.data : null);
        return;
      }
      reject(problemOf(xhr));
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, title: 'Network request failed', fromServer: false }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });

    const body = new FormData();
    if (componentId !== undefined) body.append('componentId', componentId);
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

function problemOf(xhr: XMLHttpRequest): ApiError {
  const problem = ZProblem.safeParse(parseJson(xhr.responseText));
  if (problem.success) return ApiError.fromProblem(problem.data);
  return new ApiError({
    status: xhr.status,
    code: CLIENT_ERROR_CODES.http,
    title: `HTTP ${xhr.status} ${xhr.statusText}`.trim(),
    fromServer: false,
  });
}
