import { ZProblem } from '@portal/domain';
import { ApiError, CLIENT_ERROR_CODES } from './api-client.ts';

export interface ProgressUpload {
  method: 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  /** Multipart fields sent before the file, in order (the API streams the file last) */
  fields?: Record<string, string>;
  file: File;
  onProgress: (percent: number) => void;
  signal?: AbortSignal | undefined;
}

/**
 * One multipart upload through XMLHttpRequest, the one browser API that reports upload
 * progress. Resolves with the parsed JSON body of a 2xx answer (undefined when there is
 * none); every failure is the ApiError the rest of the SPA shows (the API's 413/415 titles
 * included), an abort a DOMException named AbortError.
 */
export function uploadWithProgress({ method, url, headers, fields = {}, file, onProgress, signal }: ProgressUpload): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body);
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
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
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
