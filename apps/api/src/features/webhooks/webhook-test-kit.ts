/**
 * Helpers of the webhook tests (not loaded by the app): a local receiver on 127.0.0.1, an
 * API client with a Bearer token, and integration events written straight into the feed.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { TPrismaClient } from '@portal/db';
import type { TApiScope, TIntegrationEventType } from '@portal/domain';
import { hashClientSecret, newClientSecret } from '../api-clients/secrets.ts';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  port: number;
  /** `http://127.0.0.1:{port}{path}` */
  url(path?: string): string;
  requests: ReceivedRequest[];
  /** The status the receiver answers from now on */
  answer(status: number, body?: string): void;
  /** Stops listening: connections are refused until `start()` */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Waits (bounded) until `count` requests arrived */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  let status = 200;
  let responseBody = 'ok';
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status, { 'content-type': 'text/plain', connection: 'close' }).end(responseBody);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const port = await listen(0);
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  return {
    port,
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    requests,
    answer(next, body = next >= 400 ? 'receiver failing' : 'ok') {
      status = next;
      responseBody = body;
    },
    stop,
    async start() {
      if (!server.listening) await listen(port);
    },
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(requests.length, `requests received within ${timeoutMs} ms`).toBeGreaterThanOrEqual(count);
      return requests;
    },
    close: stop,
  };
}

export interface TestClient {
  /** api_client.id */
  id: string;
  clientId: string;
  token: string;
  headers: { authorization: string };
}

/** An active API client with these scopes (and agency scope), and a Bearer token of it. */
export async function createClientWithToken(app: FastifyInstance, prisma: TPrismaClient, options: { scopes: TApiScope[]; agencyId?: string | null; name?: string }): Promise<TestClient> {
  const clientId = `cli_test_${randomUUID().slice(0, 8)}`;
  const secret = newClientSecret();
  const client = await prisma.apiClient.create({
    data: {
      clientId,
      name: options.name ?? `Test ${clientId}`,
      agencyId: options.agencyId ?? null,
      scopes: options.scopes,
      secrets: { create: { secretHash: await hashClientSecret(secret), hint: secret.slice(0, 7) } },
    },
    select: { id: true },
  });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  });
  expect(response.statusCode, response.body).toBe(200);
  const token = (response.json() as { access_token: string }).access_token;
  return { id: client.id, clientId, token, headers: { authorization: `Bearer ${token}` } };
}

/** One committed event of the feed, as a change of `agencyId` would write it (a payload that fits its schema). */
export async function writeEvent(prisma: TPrismaClient, options: { type?: TIntegrationEventType; agencyId: string | null; subjectId?: string }): Promise<bigint> {
  const subjectId = options.subjectId ?? randomUUID();
  const type = options.type ?? 'dossier.received';
  const subjectType = type.split('.')[0]!;
  const now = new Date().toISOString();
  const agencyId = options.agencyId ?? randomUUID();
  const data =
    subjectType === 'dossier'
      ? {
          id: subjectId,
          code: '000.00.12.H18-261207-0001',
          status: 'processing',
          previousStatus: 'sent',
          action: 'receive',
          version: 2,
          procedureId: randomUUID(),
          procedureCode: '1.009994.H18',
          agencyId,
          channel: 'online',
          submittedAt: now,
          receivedAt: now,
          dueAt: null,
          finishedAt: null,
          updatedAt: now,
          actor: { role: 'clerk', clientId: null },
        }
      : subjectType === 'procedure'
        ? { id: subjectId, code: '1.009994.H18', name: 'Cấp giấy phép xây dựng', agencyId, fieldId: randomUUID(), published: true, formVersion: 1, updatedAt: now }
        : { id: subjectId, published: true, agencyId: options.agencyId, fieldId: null, procedureId: null, answeredAt: now };
  const event = await prisma.integrationEvent.create({
    data: { type, agencyId: options.agencyId, subjectType, subjectId, data },
    select: { id: true },
  });
  return event.id;
}

/** A department with a unit created below it, and another department (outside that subtree). */
export async function agencyTree(prisma: TPrismaClient): Promise<{ parent: string; child: string; other: string }> {
  const [parent, other] = await prisma.agency.findMany({ where: { level: 'department' }, orderBy: { sortOrder: 'asc' }, take: 2, select: { id: true } });
  const child = await prisma.agency.create({
    data: { unitCode: `000.00.99.T${randomUUID().slice(0, 4)}`, name: 'Phòng thử nghiệm webhook', level: 'commune', parentId: parent!.id },
    select: { id: true },
  });
  return { parent: parent!.id, child: child.id, other: other!.id };
}
