import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

interface StoredCookie {
  value: string;
  path: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser as far as the API can tell, driving the app in process (`app.inject`): a
 * cookie jar that honours cookie paths, one client IP, and the SPA's habit of copying the
 * csrf_token cookie into X-CSRF-Token on writes (turn it off with `csrf: false` to play a
 * cross-site attacker). The API tests use it, and so does the demo-dossier loader.
 */
export class InjectSession {
  readonly cookies = new Map<string, StoredCookie>();

  constructor(
    private readonly app: FastifyInstance,
    readonly ip = `10.${rand()}.${rand()}.${rand()}`,
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  async request(method: Method, url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (method !== 'GET' && options.csrf !== false) {
      if (!this.cookies.has('csrf_token')) await this.request('GET', '/api/health');
      headers['x-csrf-token'] = this.cookie('csrf_token')!;
    }
    const sent = [...this.cookies].filter(([, cookie]) => url.startsWith(cookie.path)).map(([name, cookie]) => `${name}=${cookie.value}`);
    if (sent.length > 0) headers.cookie = sent.join('; ');
    const injectOptions: InjectOptions = { method, url, headers, remoteAddress: this.ip };
    if (body !== undefined) injectOptions.payload = body as InjectOptions['payload'];
    const response = await this.app.inject(injectOptions);
    this.store(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, options?: { csrf?: boolean }) => this.request('POST', url, body ?? {}, options);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);

  private store(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as { name: string; value: string; path?: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, { value: cookie.value, path: cookie.path ?? '/' });
    }
  }
}

const rand = () => 1 + Math.floor(Math.random() * 250);
