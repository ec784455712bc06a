import type { FastifyRequest } from 'fastify';
import { DomainError } from '@portal/domain';

/**
 * The multipart parser (@fastify/busboy, under @fastify/multipart) reports a body it
 * cannot parse with plain `Error`s — no code, no status — from `request.file()` or from
 * the file stream. Left alone they become 500s; they are the client's fault, so they are
 * recognised here by their (stable, library-defined) messages:
 *  - no boundary in the Content-Type: 'Multipart: Boundary not found' / 'Boundary required';
 *  - a boundary longer than the parser accepts: 'The needle cannot have a length bigger than 256.';
 *  - wrong boundary, body cut off, garbage: 'Unexpected end of multipart data' and
 *    'Part terminated early due to unexpected end of multipart data'.
 */
const MALFORMED = [/^Multipart: Boundary not found$/, /^Boundary required$/, /^The needle cannot/, /unexpected end of multipart data/i];

export function isMalformedMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== undefined) return false;
  return MALFORMED.some((pattern) => pattern.test(error.message));
}

/** 400 UPLOAD_MALFORMED, the message under `field` for the SPA to show by the upload. */
export function malformedUpload(cause: unknown, field = 'file'): DomainError {
  return new DomainError('UPLOAD_MALFORMED', {
    message: 'malformed multipart/form-data body',
    cause,
    fieldErrors: { [field]: 'Dữ liệu tải lên không đúng định dạng hoặc bị cắt ngang, vui lòng chọn lại tệp và thử lại.' },
  });
}

/** `boundary=` of a Content-Type, quoted or not; undefined when absent. */
function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? '') : undefined;
}

/**
 * `onRequest` hook (app.ts): a route that consumes multipart/form-data refuses a body
 * whose Content-Type names no usable boundary before reading any of it. The parser
 * would otherwise take an empty boundary for an empty form (and answer "choose a file")
 * and throw on a missing or overlong one. RFC 2046 allows 1–70 characters; longer ones
 * are tolerated up to what the parser accepts.
 */
export async function refuseMalformedMultipart(request: FastifyRequest): Promise<void> {
  const contentType = request.headers['content-type'];
  if (typeof contentType !== 'string' || !/^multipart\/form-data\b/i.test(contentType)) return;
  const consumes = (request.routeOptions.schema as { consumes?: readonly string[] } | undefined)?.consumes;
  if (!consumes?.includes('multipart/form-data')) return;
  const boundary = boundaryOf(contentType);
  if (!boundary || boundary.length > 200 || /[\r\n]/.test(boundary)) throw malformedUpload(new Error(`unusable multipart boundary in "${contentType.slice(0, 300)}"`));
}
