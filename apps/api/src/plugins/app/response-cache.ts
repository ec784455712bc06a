import fp from 'fastify-plugin';

/**
 * Answers of the public catalogue kept in memory for a short while, keyed by URL.
 * The catalogue changes rarely and its answers are already public and cacheable for
 * `Cache-Control: max-age=60` by browsers and proxies; keeping them here as long spares
 * PostgreSQL the same searches from many citizens. Writers of the catalogue call clear().
 */
export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

export interface ResponseCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, response: CachedResponse): void;
  clear(): void;
  readonly size: number;
  /** Lookups answered from memory and not, since the start (monitoring, bench/catalogue) */
  stats(): { hits: number; misses: number };
}

export function createResponseCache(options: { ttlMs: number; maxBytes: number; now?: () => number }): ResponseCache {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes it least-recently-used first.
  const entries = new Map<string, CachedResponse & { expires: number; bytes: number }>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry || entry.expires <= now()) {
        if (entry) drop(key);
        misses += 1;
        return undefined;
      }
      hits += 1;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key, response) {
      if (options.ttlMs <= 0) return;
      const size = response.body.length * 2 + key.length * 2 + 200;
      if (size > options.maxBytes / 2) return;
      drop(key);
      entries.set(key, { ...response, expires: now() + options.ttlMs, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= options.maxBytes) break;
        drop(oldest);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    stats() {
      return { hits, misses };
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Public catalogue answers kept in memory (features/catalogue); whoever changes the catalogue clears it. */
    catalogueCache: ResponseCache;
  }
}

/** Decorates the app with the catalogue's response cache, sized from the configuration. */
export const catalogueCachePlugin = fp(
  async function catalogueCache(app) {
    app.decorate('catalogueCache', createResponseCache({ ttlMs: app.config.catalogueCacheSeconds * 1000, maxBytes: 32 * 1024 * 1024 }));
  },
  { name: 'catalogue-cache' },
);
