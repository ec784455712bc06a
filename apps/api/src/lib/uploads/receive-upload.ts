/**
 * receiveUpload — stores one uploaded file, streamed, after proving by its content that it
 * is a kind the caller accepts.
 *
 *   const file = await request.file({ limits: { fileSize: maxBytes + 1 } }); // @fastify/multipart
 *   const received = await receiveUpload(file.file, {
 *     storage: app.storage,              // FileStorage (@portal/db/storage)
 *     maxBytes: 10 * 1024 * 1024,        // per file
 *     allowedKinds: component.acceptedTypes, // subset of ACCEPTED_FILE_KINDS
 *     fileName: file.filename,           // as the browser sent it; only for messages/display
 *     field: 'file',                     // optional: key of `errors` in the problem body
 *   });
 *   // received = { key, size, sha256, kind, mimeType, fileName }
 *   //   key      → stored_file.storage_key (remove it with storage.remove(key) if the
 *   //              database write that follows fails)
 *   //   kind     → 'pdf' | 'jpeg' | 'png' | 'doc' | 'docx' | 'xls' | 'xlsx', from the content
 *   //   mimeType → canonical for the kind (serve downloads with it, never with the
 *   //              browser's claim)
 *   //   fileName → display-safe name whose extension matches the kind (sanitize-file-name.ts)
 *
 * Refusals are DomainErrors, thrown after everything written so far has been removed:
 *  - PAYLOAD_TOO_LARGE (413) as soon as the stream passes `maxBytes` — the rest is never read;
 *  - UNSUPPORTED_MEDIA_TYPE (415) when the first bytes are no accepted family (at once) or the
 *    finished file is not an accepted kind (ZIP/CFB need their directory; checked at the end);
 *  - UPLOAD_MALFORMED (400) when the multipart body ends inside the file (cut off, wrong
 *    boundary: see malformed-multipart.ts);
 *  - BAD_REQUEST (400) when the source fails otherwise (client aborted).
 * Register `drainUnreadBody` (drain-unread-body.ts) as `onSend` on upload routes: a refusal
 * leaves the rest of the body unread, which otherwise hangs the keep-alive connection.
 * Each carries a Vietnamese message in `fieldErrors[field]` (the SPA shows it under the
 * upload) and `details` { fileName, acceptedKinds, maxBytes } for clients that localize.
 * Memory per upload stays bounded (≤ 512 B head, 256 KiB ZIP tail, stream buffers) whatever
 * the file size: nothing is ever buffered whole.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage } from '@portal/db/storage';
import { DomainError } from '@portal/domain';
import { FAMILY_KINDS, FileKindDetector } from './detect-file-kind.ts';
import { labelsOfKinds, mimeTypeOfKind, type TAcceptedFileKind } from './file-kinds.ts';
import { isMalformedMultipart, malformedUpload } from './malformed-multipart.ts';
import { displayNameForKind, sanitizeFileName } from './sanitize-file-name.ts';

export interface ReceiveUploadOptions {
  storage: FileStorage;
  /** Largest accepted size in bytes; the upload is cut off as soon as it is exceeded */
  maxBytes: number;
  /** Kinds this upload may be (a component may accept fewer than the portal does) */
  allowedKinds: readonly TAcceptedFileKind[];
  /** The name the client gave; never used to decide the kind except to break a DOC/XLS tie */
  fileName: string;
  /** Key of the problem body's `errors` the refusal message goes under; default 'file' */
  field?: string;
}

export interface ReceivedUpload {
  key: string;
  size: number;
  /** Hex SHA-256 of the content */
  sha256: string;
  kind: TAcceptedFileKind;
  mimeType: string;
  /** Display-safe name, extension matching the kind */
  fileName: string;
}

export async function receiveUpload(source: Readable, options: ReceiveUploadOptions): Promise<ReceivedUpload> {
  if (options.allowedKinds.length === 0) throw new Error('receiveUpload: allowedKinds is empty');
  const inspector = new UploadInspector(options);
  let sourceError: unknown;
  source.once('error', (error) => {
    sourceError = error;
  });
  // Two pipelines share the inspector: source → inspector here, inspector → temporary file
  // inside storage.put. A failure on either side destroys the inspector, so both settle.
  const [piped, stored] = await Promise.allSettled([
    pipeline(source, inspector),
    options.storage.put(inspector, { name: options.fileName, mimeType: 'application/octet-stream' }),
  ]);

  if (piped.status === 'fulfilled' && stored.status === 'fulfilled' && inspector.kind) {
    const kind = inspector.kind;
    return {
      ...stored.value,
      kind,
      mimeType: mimeTypeOfKind(kind),
      fileName: displayNameForKind(options.fileName, kind),
    };
  }
  if (stored.status === 'fulfilled') await options.storage.remove(stored.value.key);
  if (inspector.refusal) throw inspector.refusal;
  // The source may have failed before we listened (the parser had the whole body already).
  const failure = sourceError ?? source.errored;
  if (failure !== undefined && failure !== null) throw sourceFailure(failure, options);
  // The storage failed (disk full, permissions): an internal error, not the client's.
  throw stored.status === 'rejected' ? stored.reason : piped.status === 'rejected' ? piped.reason : new Error('upload not stored');
}

/**
 * Passes bytes through while counting them and watching their kind. Nothing reaches the
 * storage before the first bytes have named an accepted family.
 */
class UploadInspector extends Transform {
  kind: TAcceptedFileKind | undefined;
  refusal: DomainError | undefined;
  private readonly detector: FileKindDetector;
  private held: Buffer[] = [];
  private released = false;

  constructor(private readonly options: ReceiveUploadOptions) {
    super();
    this.detector = new FileKindDetector(options.fileName);
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.detector.size + bytes.length > this.options.maxBytes) return callback(this.refuse(tooLarge(this.options)));
    this.detector.update(bytes);
    if (this.released) return callback(null, bytes);

    const family = this.detector.family;
    if (family === undefined) {
      this.held.push(bytes);
      return callback();
    }
    if (family === null || !FAMILY_KINDS[family].some((kind) => this.options.allowedKinds.includes(kind))) {
      return callback(this.refuse(wrongKind(this.options, this.detector.size === 0)));
    }
    this.release();
    callback(null, bytes);
  }

  override _flush(callback: TransformCallback): void {
    const kind = this.detector.finish();
    if (!kind || !this.options.allowedKinds.includes(kind)) {
      return callback(this.refuse(wrongKind(this.options, this.detector.size === 0)));
    }
    this.release();
    this.kind = kind;
    callback();
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    for (const bytes of this.held) this.push(bytes);
    this.held = [];
  }

  private refuse(error: DomainError): DomainError {
    this.refusal ??= error;
    return error;
  }
}

function tooLarge(options: ReceiveUploadOptions): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', {
    fieldErrors: {
      [options.field ?? 'file']: `Tệp "${displayName(options)}" vượt quá dung lượng cho phép (tối đa ${formatSize(options.maxBytes)}).`,
    },
    details: { fileName: displayName(options), maxBytes: options.maxBytes },
  });
}

function wrongKind(options: ReceiveUploadOptions, empty: boolean): DomainError {
  const accepted = labelsOfKinds(options.allowedKinds);
  const message = empty
    ? `Tệp "${displayName(options)}" không có nội dung. Chỉ chấp nhận tệp ${accepted}.`
    : `Tệp "${displayName(options)}" không đúng định dạng cho phép (nội dung tệp được kiểm tra, không dựa vào tên tệp). Chỉ chấp nhận tệp ${accepted}.`;
  return new DomainError('UNSUPPORTED_MEDIA_TYPE', {
    fieldErrors: { [options.field ?? 'file']: message },
    details: { fileName: displayName(options), acceptedKinds: [...options.allowedKinds] },
  });
}

function sourceFailure(cause: unknown, options: ReceiveUploadOptions): DomainError {
  // @fastify/multipart's own limit (limits.fileSize) reports itself as a 413
  if ((cause as { statusCode?: unknown } | undefined)?.statusCode === 413) return tooLarge(options);
  // A body that ends inside the file: the client sent all it meant to, cut off or mis-framed
  if (isMalformedMultipart(cause)) return malformedUpload(cause, options.field);
  return new DomainError('BAD_REQUEST', {
    message: 'upload interrupted',
    cause,
    fieldErrors: { [options.field ?? 'file']: `Tải tệp "${displayName(options)}" lên bị gián đoạn, vui lòng thử lại.` },
    details: { fileName: displayName(options) },
  });
}

const displayName = (options: ReceiveUploadOptions) => sanitizeFileName(options.fileName);

/** 10485760 → "10 MB", 1572864 → "1,5 MB", 512000 → "500 KB" */
export function formatSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
