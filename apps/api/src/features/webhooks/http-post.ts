import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './address-guard.ts';

export interface PostOutcome {
  /** null: no answer (refused, reset, timed out) */
  statusCode: number | null;
  /** The start of the answer's body (sanitized), or what went wrong */
  excerpt: string;
  error: string | null;
  durationMs: number;
}

/**
 * Keep-alive connections per endpoint AND checked address: a pooled socket is always
 * connected to the address it was opened for (the key holds it), so reusing one never
 * bypasses the SSRF check, and a new DNS answer opens new sockets through the guard.
 */
export interface AgentPool {
  agentFor(url: URL, target: ResolvedAddress): http.Agent;
  destroy(): void;
}

export function createAgentPool(maxSocketsPerEndpoint = 8, maxAgents = 200): AgentPool {
  const agents = new Map<string, http.Agent>();
  return {
    agentFor(url, target) {
      const key = `${url.protocol}//${url.host}@${target.address}`;
      let agent = agents.get(key);
      if (agent) {
        // Most recently used last: the oldest goes first when the pool is full.
        agents.delete(key);
        agents.set(key, agent);
        return agent;
      }
      const options = { keepAlive: true, maxSockets: maxSocketsPerEndpoint, maxFreeSockets: maxSocketsPerEndpoint, timeout: 30_000 };
      agent = url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
      agents.set(key, agent);
      if (agents.size > maxAgents) {
        const [oldestKey, oldest] = agents.entries().next().value as [string, http.Agent];
        agents.delete(oldestKey);
        oldest.destroy();
      }
      return agent;
    },
    destroy() {
      for (const agent of agents.values()) agent.destroy();
      agents.clear();
    },
  };
}

/** Bytes of a receiver's answer kept for the delivery log; the rest is not even read. */
export const RESPONSE_EXCERPT_BYTES = 256;

/** Printable text only: no NUL (PostgreSQL refuses it), no control characters (bytes are decoded with U+FFFD for invalid UTF-8). */
const sanitize = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .trim();

/**
 * POSTs `body` to `url`, connecting to `target` — the address the SSRF guard checked — and
 * to no other: the host name is still sent as the Host header and the TLS server name, so
 * certificates and virtual hosts work, but a second DNS answer is never asked for.
 * Redirects are not followed (a 3xx is a failed attempt), and the whole exchange is cut
 * after `timeoutMs`.
 */
export function postPinned(
  url: URL,
  target: ResolvedAddress,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  agents: AgentPool | null = null,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const lookup: LookupFunction = (_name, options, callback) => {
    if (options.all) (callback as unknown as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const secure = url.protocol === 'https:';
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const options: https.RequestOptions = {
      method: 'POST',
      // Connect to the checked address; an IP literal is used as is (no lookup happens).
      host: hostname,
      port: url.port ? Number(url.port) : secure ? 443 : 80,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, host: url.host, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'portal-webhooks/1' },
      lookup,
      agent: agents ? agents.agentFor(url, target) : false,
      ...(secure ? { servername: hostname } : {}),
    };
    const request = (secure ? https : http).request(options, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const excerpt = sanitize(Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8'));
        finish({ statusCode: response.statusCode ?? null, excerpt, error: null });
      };
      response.on('data', (chunk: Buffer) => {
        if (size >= RESPONSE_EXCERPT_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= RESPONSE_EXCERPT_BYTES) {
          done();
          // The rest is not read: this connection is not reused.
          response.destroy();
        }
      });
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({ statusCode: null, excerpt: '', error: sanitize(error.code ? `${error.code}: ${error.message}` : error.message).slice(0, 300) });
    });
    request.end(body);
  });
}
