import autocannon from 'autocannon';

export interface PathsLoad {
  port: number;
  /** Requested in turn, round-robin over the connections */
  paths: string[];
  connections: number;
  /** seconds */
  duration: number;
  headers?: Record<string, string>;
  /**
   * Each request from its own client address (X-Forwarded-For, which the bench app
   * trusts): many visitors, so per-address rate limits act as they would in real life.
   */
  manyVisitors?: boolean;
}

/**
 * autocannon on 127.0.0.1 over `paths` in turn; also the latency of every response
 * (autocannon's own summary has no p95).
 */
export async function loadPaths({ port, paths, connections, duration, headers, manyVisitors = false }: PathsLoad): Promise<{
  result: autocannon.Result;
  latencies: number[];
}> {
  let next = 0;
  const latencies: number[] = [];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        ...(headers ? { headers } : {}),
        requests: [
          {
            setupRequest: (request) => {
              const n = next++;
              request.path = paths[n % paths.length]!;
              if (manyVisitors) request.headers = { ...request.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  return { result: await done, latencies };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** p50 / p95 / p99 (nearest rank) of a set of latencies, and how many there were. */
export function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), count: sorted.length };
}
