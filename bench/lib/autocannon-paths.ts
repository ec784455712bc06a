import autocannon from 'autocannon';

export interface PathsLoad {
  port: number;
  /** Requested in turn, round-robin over the connections */
  paths: string[];
  connections: number;
  /** seconds */
  duration: number;
  headers?: Record<string, string>;
}

/**
 * autocannon on 127.0.0.1 over `paths` in turn; also the latency of every response
 * (autocannon's own summary has no p95).
 */
export async function loadPaths({ port, paths, connections, duration, headers }: PathsLoad): Promise<{
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
              request.path = paths[next++ % paths.length]!;
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
