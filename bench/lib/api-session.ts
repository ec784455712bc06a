/**
 * A signed-in client of the API as the SPA is one: cookies (access, refresh, csrf_token)
 * kept per session, X-CSRF-Token copied from the csrf_token cookie on writes, one
 * keep-alive connection per session. Uploads are multipart bodies streamed from a
 * generator, so a bench can send 20 × 20 MB without holding 400 MB itself.
 * 127.0.0.1 only.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { randomBytes } from 'node:crypto';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  /** Milliseconds from sending the request to the end of the answer */
  ms: number;
}

/** The content of an uploaded file, produced chunk by chunk */
export interface UploadContent {
  fileName: string;
  contentType: string;
  size: number;
  chunks: () => Iterable<Buffer>;
}

const FILLER = randomBytes(64 * 1024);

/**
 * A PDF of exactly `size` bytes: a PDF header, incompressible filler, `%%EOF`. The portal
 * checks the content (a PDF header), so this passes as a PDF without building one.
 */
export function pdfContent(size: number, fileName = 'ban-sao.pdf'): UploadContent {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  if (size < head.length + tail.length) throw new Error(`pdfContent: ${size} bytes is too small`);
  return {
    fileName,
    contentType: 'application/pdf',
    size,
    *chunks() {
      yield head;
      let left = size - head.length - tail.length;
      while (left > 0) {
        const take = Math.min(left, FILLER.length);
        yield FILLER.subarray(0, take);
        left -= take;
      }
      yield tail;
    },
  };
}

export class ApiSession {
  private readonly cookies = new Map<string, string>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  /**
   * Sent as X-Forwarded-For (the bench's app trusts it, TRUST_PROXY=true): the portal's
   * per-address limits then see many citizens' devices rather than one address.
   */
  clientAddress: string | undefined;

  constructor(
    readonly port: number,
    readonly timeoutMs = 120_000,
  ) {}

  /** The same signed-in session (a copy of its cookies) on a connection of its own */
  onNewConnection(): ApiSession {
    const copy = new ApiSession(this.port, this.timeoutMs);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  /** The Cookie header this session sends (for autocannon) */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** `staff`: the staff sign-in (/staff/auth/login), which refuses citizens and vice versa */
  async login(username: string, password: string, { staff = false }: { staff?: boolean } = {}): Promise<void> {
    if (!this.cookies.has('csrf_token')) await this.json('GET', '/api/health');
    const answer = await this.json('POST', staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', { username, password, remember: false });
    if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  json<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string> = {};
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    return this.send<T>(method, path, headers, function* () {
      if (payload) yield payload;
    });
  }

  /** multipart/form-data: the text `fields` first, then the file as `file` */
  upload<T = unknown>(path: string, fields: Record<string, string>, content: UploadContent): Promise<ApiAnswer<T>> {
    const boundary = `----portal-bench-${randomBytes(8).toString('hex')}`;
    const parts = Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    const fileHead = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${content.fileName}"\r\n` +
        `Content-Type: ${content.contentType}\r\n\r\n`,
    );
    const end = Buffer.from(`\r\n--${boundary}--\r\n`);
    const length = parts.reduce((sum, part) => sum + part.length, 0) + fileHead.length + content.size + end.length;
    return this.send<T>(
      'POST',
      path,
      { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) },
      function* () {
        yield* parts;
        yield fileHead;
        yield* content.chunks();
        yield end;
      },
    );
  }

  close(): void {
    this.agent.destroy();
  }

  private send<T>(method: string, path: string, headers: Record<string, string>, body: () => Iterable<Buffer>): Promise<ApiAnswer<T>> {
    const allHeaders: Record<string, string> = { ...headers };
    if (method !== 'GET' && this.cookies.has('csrf_token')) allHeaders['x-csrf-token'] = this.cookies.get('csrf_token')!;
    if (this.cookies.size > 0) allHeaders.cookie = this.cookieHeader();
    if (this.clientAddress) allHeaders['x-forwarded-for'] = this.clientAddress;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port: this.port, method, path, headers: allHeaders, agent: this.agent });
      request.setTimeout(this.timeoutMs, () => request.destroy(new Error(`${method} ${path}: no answer in ${this.timeoutMs} ms`)));
      request.on('error', reject);
      request.on('response', (response) => {
        this.keepCookies(response.headers);
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body: parsed as T, ms: performance.now() - started });
        });
      });
      void writeBody(request, body).catch((error: unknown) => request.destroy(error as Error));
    });
  }

  private keepCookies(headers: IncomingHttpHeaders): void {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = value === '' || /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Writes the body chunks, waiting for 'drain' when the socket is full (backpressure). */
async function writeBody(request: import('node:http').ClientRequest, body: () => Iterable<Buffer>): Promise<void> {
  for (const chunk of body()) {
    if (request.destroyed) return;
    if (!request.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          request.off('drain', done);
          request.off('close', done);
          resolve();
        };
        request.on('drain', done);
        request.on('close', done);
      });
    }
  }
  request.end();
}
