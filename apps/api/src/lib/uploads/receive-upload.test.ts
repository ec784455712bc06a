import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalDiskStorage, type FileStorage } from '@portal/db/storage';
import { DomainError } from '@portal/domain';
import {
  elfExecutable,
  pdfOfSize,
  plainZip,
  sampleDocx,
  samplePdf,
  samplePng,
  sampleXls,
  sampleXlsx,
  windowsExecutable,
} from '../../../test/fixtures/upload-samples.ts';
import { receiveUpload } from './receive-upload.ts';

const ALL = ['pdf', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx'] as const;
const MB = 1024 * 1024;

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-uploads-'));
  storage = createLocalDiskStorage(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the storage root, temporary ones included */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** A source that yields `content` in chunks and records how many bytes were pulled from it */
function trackedSource(content: Buffer, chunkSize = 64 * 1024) {
  const tracker = { pulled: 0 };
  const stream = Readable.from(
    (function* () {
      for (let at = 0; at < content.length; at += chunkSize) {
        const chunk = content.subarray(at, at + chunkSize);
        tracker.pulled += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
  return { stream, tracker };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('receiveUpload: accepted files', () => {
  it('stores a PDF with its size, SHA-256, kind and canonical MIME type', async () => {
    const pdf = await samplePdf();
    const received = await receiveUpload(Readable.from([pdf]), {
      storage,
      maxBytes: MB,
      allowedKinds: ALL,
      fileName: 'C:\\fakepath\\Đơn đề nghị.pdf',
    });
    expect(received).toMatchObject({
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      kind: 'pdf',
      mimeType: 'application/pdf',
      fileName: 'Đơn đề nghị.pdf',
    });
    expect(await buffer(await storage.get(received.key))).toEqual(pdf);
    expect(await filesIn(root)).toHaveLength(1);
  });

  it('stores DOCX, XLSX and XLS streamed in small chunks, content intact', async () => {
    for (const [content, kind] of [
      [await sampleDocx(), 'docx'],
      [sampleXlsx(), 'xlsx'],
      [sampleXls(), 'xls'],
    ] as const) {
      const { stream } = trackedSource(content, 1000);
      const received = await receiveUpload(stream, { storage, maxBytes: MB, allowedKinds: ALL, fileName: `tep.${kind}` });
      expect(received.kind).toBe(kind);
      expect(await buffer(await storage.get(received.key))).toEqual(content);
    }
  });

  it('decides by content: a PNG named .pdf is stored as PNG and offered back as .png', async () => {
    const png = await samplePng();
    const received = await receiveUpload(Readable.from([png]), { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'scan.pdf' });
    expect(received).toMatchObject({ kind: 'png', mimeType: 'image/png', fileName: 'scan.pdf.png' });
  });

  it('accepts a file of exactly maxBytes', async () => {
    const pdf = pdfOfSize(MB);
    const received = await receiveUpload(trackedSource(pdf).stream, { storage, maxBytes: MB, allowedKinds: ['pdf'], fileName: 'a.pdf' });
    expect(received.size).toBe(MB);
  });
});

describe('receiveUpload: refusals leave nothing behind', () => {
  it('refuses an executable renamed .pdf with 415, listing the accepted kinds, before reading it all', async () => {
    const exe = Buffer.concat([elfExecutable(), Buffer.alloc(4 * MB)]);
    const { stream, tracker } = trackedSource(exe);
    const error = await refusal(
      receiveUpload(stream, { storage, maxBytes: 10 * MB, allowedKinds: ['pdf', 'docx'], fileName: 'giay-to.pdf' }),
    );
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.status).toBe(415);
    expect(error.fieldErrors?.file).toContain('giay-to.pdf');
    expect(error.fieldErrors?.file).toContain('Chỉ chấp nhận tệp PDF, DOCX');
    expect(error.details).toMatchObject({ acceptedKinds: ['pdf', 'docx'] });
    expect(tracker.pulled).toBeLessThan(MB);
    expect(await filesIn(root)).toEqual([]);
  });

  it('refuses a Windows executable named .docx under the caller-chosen field', async () => {
    const error = await refusal(
      receiveUpload(Readable.from([windowsExecutable()]), {
        storage,
        maxBytes: MB,
        allowedKinds: ALL,
        fileName: 'to-khai.docx',
        field: 'components.c1',
      }),
    );
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['components.c1']);
    expect(await filesIn(root)).toEqual([]);
  });

  it('honours a component that accepts fewer kinds: a real PDF where only DOCX is allowed', async () => {
    const pdf = Buffer.concat([await samplePdf(), Buffer.alloc(2 * MB)]);
    const { stream, tracker } = trackedSource(pdf);
    const error = await refusal(receiveUpload(stream, { storage, maxBytes: 10 * MB, allowedKinds: ['docx'], fileName: 'a.pdf' }));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.fieldErrors?.file).toContain('Chỉ chấp nhận tệp DOCX');
    expect(tracker.pulled).toBeLessThan(MB);
    expect(await filesIn(root)).toEqual([]);
  });

  it('refuses a ZIP that is not an office document once its directory is read, and removes what was written', async () => {
    const error = await refusal(
      receiveUpload(trackedSource(plainZip(), 16).stream, { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'ho-so.docx' }),
    );
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await filesIn(root)).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const error = await refusal(receiveUpload(Readable.from([]), { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'rong.pdf' }));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.fieldErrors?.file).toContain('không có nội dung');
    expect(await filesIn(root)).toEqual([]);
  });

  it('answers 413 as soon as maxBytes is passed, without reading the rest', async () => {
    const { stream, tracker } = trackedSource(pdfOfSize(50 * MB));
    const error = await refusal(receiveUpload(stream, { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'lon.pdf' }));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.fieldErrors?.file).toBe('Tệp "lon.pdf" vượt quá dung lượng cho phép (tối đa 1 MB).');
    expect(error.details).toMatchObject({ maxBytes: MB });
    expect(tracker.pulled).toBeLessThan(2 * MB);
    expect(await filesIn(root)).toEqual([]);
  });

  it('turns a client abort into a 400 and removes the partial file', async () => {
    const pdf = pdfOfSize(3 * MB);
    const source = Readable.from(
      (async function* () {
        yield pdf.subarray(0, MB);
        await new Promise((resolve) => setTimeout(resolve, 20)); // let the first MB reach the disk
        yield pdf.subarray(MB, 2 * MB);
        throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
      })(),
    );
    const error = await refusal(receiveUpload(source, { storage, maxBytes: 10 * MB, allowedKinds: ALL, fileName: 'a.pdf' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.fieldErrors?.file).toContain('bị gián đoạn');
    expect(await filesIn(root)).toEqual([]);
  });

  it('turns a multipart body cut off inside the file into 400 UPLOAD_MALFORMED, even when the source failed before it was read', async () => {
    const cutOff = () => new Error('Part terminated early due to unexpected end of multipart data');
    const early = new Readable({ read() {} });
    early.push((await samplePdf()).subarray(0, 100));
    early.on('error', () => {}); // as @fastify/multipart listens on its file streams
    early.destroy(cutOff());
    await new Promise((resolve) => setImmediate(resolve)); // the error is emitted before receiveUpload listens
    const before = await refusal(receiveUpload(early, { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'a.pdf' }));
    expect(before.code).toBe('UPLOAD_MALFORMED');
    expect(before.fieldErrors?.file).toContain('không đúng định dạng');

    const late = new Readable({ read() {} });
    late.push(pdfOfSize(1000));
    setTimeout(() => late.destroy(cutOff()), 5);
    expect((await refusal(receiveUpload(late, { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'a.pdf' }))).code).toBe('UPLOAD_MALFORMED');
    expect(await filesIn(root)).toEqual([]);
  });

  it("maps @fastify/multipart's own size limit (a 413 error on the source) to PAYLOAD_TOO_LARGE", async () => {
    const source = new Readable({ read() {} });
    source.push(pdfOfSize(1000));
    setTimeout(() => source.destroy(Object.assign(new Error('request file too large'), { statusCode: 413 })), 5);
    const error = await refusal(receiveUpload(source, { storage, maxBytes: MB, allowedKinds: ALL, fileName: 'a.pdf' }));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await filesIn(root)).toEqual([]);
  });

  it('reports a storage failure as itself (a server error), not as the client’s fault', async () => {
    const broken: FileStorage = {
      ...storage,
      async put(content) {
        (content as Readable).resume();
        throw new Error('disk full');
      },
    };
    await expect(
      receiveUpload(Readable.from([await samplePdf()]), { storage: broken, maxBytes: MB, allowedKinds: ALL, fileName: 'a.pdf' }),
    ).rejects.toThrow('disk full');
  });
});
