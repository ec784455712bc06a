/**
 * receiveUpload behind a real HTTP server with @fastify/multipart, the way the dossier
 * routes use it: the refusals reach the browser as problem+json even though the server
 * stops reading the body early (drainUnreadBody keeps the keep-alive connection from
 * deadlocking), and a client that hangs up leaves no file behind.
 */
import { Agent, request as httpRequest } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDiskStorage } from '@portal/db/storage';
import { DomainError } from '@portal/domain';
import problemDetails from '../../plugins/app/problem-details.ts';
import { elfExecutable, pdfOfSize, samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { drainUnreadBody } from './drain-unread-body.ts';
import { receiveUpload } from './receive-upload.ts';

const MB = 1024 * 1024;
let root: string;
let app: FastifyInstance;
let origin: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-multipart-'));
  const storage = createLocalDiskStorage(root);
  app = Fastify();
  await app.register(problemDetails);
  await app.register(multipart);
  app.addHook('onSend', drainUnreadBody);
  app.post('/upload', async (request, reply) => {
    const part = await request.file({ limits: { fileSize: 8 * MB, files: 1 } });
    if (!part) throw new DomainError('BAD_REQUEST');
    const received = await receiveUpload(part.file, {
      storage,
      maxBytes: MB,
      allowedKinds: ['pdf', 'docx'],
      fileName: part.filename,
    });
    return reply.status(201).send(received);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function upload(content: Buffer, fileName: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), fileName);
  const response = await fetch(`${origin}/upload`, { method: 'POST', body: form });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

const BOUNDARY = '----portal-test-boundary';
const partHead = (fileName: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );

/** One multipart upload through `agent` (maxSockets 1: every request reuses one connection) */
function uploadThrough(agent: Agent, content: Buffer, fileName: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = Buffer.concat([partHead(fileName), content, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  return new Promise((resolve, reject) => {
    const client = httpRequest(`${origin}/upload`, {
      method: 'POST',
      agent,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(body.length) },
    });
    client.setTimeout(10_000, () => client.destroy(new Error('no answer within 10 s')));
    client.on('error', (error) => {
      // The server may close after answering while the body is still going out.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE' && (error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
    client.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    client.end(body);
  });
}

describe('receiveUpload over HTTP multipart', () => {
  it('stores a PDF and answers its kind and digest', async () => {
    const response = await upload(await samplePdf(), 'Đơn đề nghị.pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'pdf', mimeType: 'application/pdf', fileName: 'Đơn đề nghị.pdf' });
    await rm(join(root, ...(response.body.key as string).split('/')));
  });

  it('answers 413 problem+json to a 5 MB upload over a 1 MB limit, and keeps nothing', async () => {
    const response = await upload(pdfOfSize(5 * MB), 'lon.pdf');
    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', errors: { file: expect.stringContaining('tối đa 1 MB') } });
    expect(await storedFiles()).toEqual([]);
  });

  it('answers 415 problem+json to an executable sent as application/pdf, and keeps nothing', async () => {
    const response = await upload(Buffer.concat([elfExecutable(), Buffer.alloc(3 * MB)]), 'giay-to.pdf');
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      errors: { file: expect.stringContaining('Chỉ chấp nhận tệp PDF, DOCX') },
    });
    expect(await storedFiles()).toEqual([]);
  });

  it('keeps answering on one keep-alive connection after refusals that left the body unread', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = pdfOfSize(6 * MB);
    const exe = Buffer.concat([elfExecutable(), Buffer.alloc(6 * MB)]);
    const statuses: number[] = [];
    try {
      for (const [content, name] of [[big, 'a.pdf'], [exe, 'b.pdf'], [big, 'c.pdf'], [await samplePdf(), 'd.pdf']] as const) {
        const response = await uploadThrough(agent, content, name);
        statuses.push(response.status);
        if (response.status === 201) await rm(join(root, ...(response.body.key as string).split('/')));
      }
    } finally {
      agent.destroy();
    }
    expect(statuses).toEqual([413, 415, 413, 201]);
    expect(await storedFiles()).toEqual([]);
  });

  it('leaves nothing behind when the client hangs up in the middle of the file', async () => {
    const head = partHead('a.pdf');
    const client = httpRequest(`${origin}/upload`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(head.length + 900_000) },
    });
    client.on('error', () => {});
    client.write(head);
    client.write(pdfOfSize(500_000));
    // Hang up once the server is writing the file (its temporary file is there), however long a
    // busy machine takes to get that far; then give it as long as it needs to clean up.
    const until = async (done: (files: string[]) => boolean) => {
      const deadline = Date.now() + 10_000;
      let files = await storedFiles();
      while (!done(files) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        files = await storedFiles();
      }
      return files;
    };
    await until((files) => files.length > 0);
    client.destroy();
    expect(await until((files) => files.length === 0)).toEqual([]);
  });
});
