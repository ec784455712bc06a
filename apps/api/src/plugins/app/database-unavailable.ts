/**
 * Whether an error means "the database cannot answer now" (down, restarting, frozen,
 * overloaded) rather than a bug: such requests get 503 SERVICE_UNAVAILABLE with
 * Retry-After instead of 500. The same outage reaches us in several shapes:
 * - Prisma's errors: P1001 (cannot reach), P1008 (socket timeout), P1017 (connection
 *   closed), P2024 (pool timeout), P2028 (a transaction could not start or end in time),
 *   and P2010 (raw query failed) carrying the driver adapter's error in
 *   `meta.driverAdapterError`;
 * - the driver adapter's error (`DriverAdapterError`, its `cause.kind` / `cause.code`);
 * - node-postgres' own errors, passed through unwrapped (also by the catalogue's raw pool
 *   path): socket errors (ECONNREFUSED…), the pool's connect timeout, `query_timeout`,
 *   a connection ended under a query, and server errors by SQLSTATE.
 */

const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024', 'P2028']);

const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections']);

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * SQLSTATEs of an unavailable server: connection exceptions (class 08), shutting down or
 * starting up (57P01-57P03), too many connections (53300), the statement timeout (57014),
 * the database gone (3D000).
 */
const isUnavailableSqlState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300', '57014', '3D000'].includes(code);

const DRIVER_MESSAGES = [
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Can't reach database server/,
];

type Shape = { code?: unknown; syscall?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function matches(value: Shape): boolean {
  const code = typeof value.code === 'string' ? value.code : null;
  if (code && PRISMA_CODES.has(code)) return true;
  // A socket's own failure (not, say, a client that left mid-upload: ECONNRESET without a syscall)
  if (code && SOCKET_CODES.has(code) && typeof value.syscall === 'string') return true;
  for (const state of [code, typeof value.originalCode === 'string' ? value.originalCode : null]) {
    if (state && state.length === 5 && !state.startsWith('P') && isUnavailableSqlState(state)) return true;
  }
  if (typeof value.kind === 'string' && ADAPTER_KINDS.has(value.kind)) return true;
  return typeof value.message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(value.message as string));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Breadth-first through `cause` and Prisma's `meta.driverAdapterError`, a few levels deep.
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 12; seen++) {
    const value = queue.shift();
    if (value === null || typeof value !== 'object') continue;
    const shape = value as Shape;
    if (matches(shape)) return true;
    if (shape.cause !== undefined) queue.push(shape.cause);
    if (shape.meta && typeof shape.meta === 'object' && shape.meta.driverAdapterError !== undefined) queue.push(shape.meta.driverAdapterError);
  }
  return false;
}
