import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.ts';

const response = (body: string) => ({ body, etag: `"${body.length}"`, contentType: 'application/json' });

describe('response cache', () => {
  it('answers until the entry expires', () => {
    let clock = 1_000;
    const cache = createResponseCache({ ttlMs: 60_000, maxBytes: 1_000_000, now: () => clock });
    cache.set('/a', response('{"a":1}'));
    clock += 59_999;
    expect(cache.get('/a')?.body).toBe('{"a":1}');
    clock += 1;
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entries beyond its memory budget', () => {
    const cache = createResponseCache({ ttlMs: 60_000, maxBytes: 3 * (2 * 100 + 4 + 200) });
    const body = 'x'.repeat(100);
    cache.set('/a', response(body));
    cache.set('/b', response(body));
    cache.set('/c', response(body));
    cache.get('/a'); // /b is now the least recently used
    cache.set('/d', response(body));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/d')).toBeDefined();
  });

  it('keeps nothing when the time to live is 0, and forgets everything on clear()', () => {
    const off = createResponseCache({ ttlMs: 0, maxBytes: 1_000_000 });
    off.set('/a', response('{}'));
    expect(off.get('/a')).toBeUndefined();
    const on = createResponseCache({ ttlMs: 1000, maxBytes: 1_000_000 });
    on.set('/a', response('{}'));
    on.clear();
    expect(on.get('/a')).toBeUndefined();
  });

  it('counts hits and misses', () => {
    let clock = 0;
    const cache = createResponseCache({ ttlMs: 1000, maxBytes: 1_000_000, now: () => clock });
    cache.get('/a');
    cache.set('/a', response('{}'));
    cache.get('/a');
    cache.get('/a');
    clock += 1000;
    cache.get('/a'); // expired
    expect(cache.stats()).toEqual({ hits: 2, misses: 2 });
  });
});
