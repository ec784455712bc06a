import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/client/client.ts';
import { pgConfigFromUrl } from './pg-config.ts';

export type TPrismaClient = PrismaClient;

export interface CreatePrismaOptions {
  /** Pool size. Against the embedded PGlite it must be 1 (one Postgres session). */
  maxConnections?: number;
  /**
   * How long to wait for a connection, in ms: opening a new one, or a free one when all
   * are busy. Past it the query fails (a database that is down or frozen answers fast).
   * Default 5000.
   */
  connectTimeoutMs?: number;
  /**
   * The server's `statement_timeout`, in ms; the driver gives up on its own a little later
   * (`query_timeout`, for a server that does not answer at all, e.g. frozen) and closes that
   * connection, whose state it no longer knows. 0 or absent: no limit.
   */
  statementTimeoutMs?: number;
  /** Interactive transactions ($transaction(fn)): how long one may run, in ms (Prisma's default 5000). */
  transactionTimeoutMs?: number;
  /** …and how long one may wait to start, in ms (Prisma's default 2000). */
  transactionMaxWaitMs?: number;
}

/** The node-postgres pool under each client made here (Prisma's driver adapter runs on it). */
const pools = new WeakMap<PrismaClient, pg.Pool>();

/** How much later than the server's statement_timeout the driver stops waiting by itself. */
export const QUERY_TIMEOUT_MARGIN_MS = 2_000;

const QUERY_READ_TIMEOUT = 'Query read timeout';

type AnyQuery = (...args: unknown[]) => unknown;
type Callback = (error: unknown, result?: unknown) => void;

/**
 * A connection that gave up waiting for an answer (query_timeout) is closed at once:
 * the statement may still run or wait on the server, a later ROLLBACK would queue behind
 * it, and handing the connection to the next request could run that request inside a
 * stale transaction. Closed, the pool drops it when it is released and the server rolls
 * the transaction back when it sees the connection gone.
 */
function closeOnReadTimeout(client: pg.Client): void {
  const query = client.query.bind(client) as AnyQuery;
  const closeOnTimeout = (error: unknown) => {
    if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) client.end().catch(() => undefined);
  };
  const guarded: AnyQuery = (...args) => {
    const at = args.findIndex((arg, index) => index > 0 && typeof arg === 'function');
    if (at > 0) {
      const callback = args[at] as Callback;
      args[at] = ((error, result) => {
        closeOnTimeout(error);
        callback(error, result);
      }) satisfies Callback;
      return query(...args);
    }
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      closeOnTimeout(error);
      throw error;
    });
  };
  (client as unknown as { query: AnyQuery }).query = guarded;
}

/**
 * Prisma 6.19 closes an interactive transaction with `ROLLBACK` (or `COMMIT`) sent as a
 * query and releases the pooled connection only when that query succeeds: on a
 * connection the database dropped or that timed out, the connection would stay checked
 * out for ever, and after a few database outages the pool would be empty for good. Here a
 * failed COMMIT or ROLLBACK still gives the connection back (the pool discards a broken
 * or closed one).
 *
 * It also sends a transaction's statements one at a time. Prisma's query interpreter runs
 * the independent parts of one query concurrently (e.g. two relations of an `include`),
 * which inside an interactive transaction means two `client.query()` calls on its one
 * connection: node-postgres queues them itself, but warns ("Calling client.query() when
 * the client is already executing a query is deprecated", pg 8.20+) and will refuse it in
 * pg 9. Queued here, in order, the connection sees exactly what it saw before.
 */
function releasingOnFailedEnd(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      let released = false;
      const once = (end: () => Promise<void>) => async () => {
        if (released) return;
        released = true;
        await end();
      };
      let previous: Promise<unknown> = Promise.resolve();
      const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
        const result = previous.then(run, run);
        previous = result.catch(() => undefined);
        return result;
      };
      const queryRaw = transaction.queryRaw.bind(transaction);
      transaction.queryRaw = (query) => inTurn(() => queryRaw(query));
      const rollback = once(transaction.rollback.bind(transaction));
      transaction.commit = once(transaction.commit.bind(transaction));
      transaction.rollback = rollback;
      const executeRaw = transaction.executeRaw.bind(transaction);
      transaction.executeRaw = async (query) => {
        try {
          return await inTurn(() => executeRaw(query));
        } catch (error) {
          if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) await rollback().catch(() => undefined);
          throw error;
        }
      };
      return transaction;
    };
    return adapter;
  };
  return factory;
}

/** A Prisma client over node-postgres through the driver adapter (no Rust engine). */
export function createPrismaClient(url: string, options: CreatePrismaOptions = {}): PrismaClient {
  const statementTimeout = options.statementTimeoutMs ?? 0;
  const pool = new pg.Pool({
    ...pgConfigFromUrl(url, {
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
    }),
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + QUERY_TIMEOUT_MARGIN_MS } : {}),
  });
  if (statementTimeout > 0) pool.on('connect', closeOnReadTimeout);
  // A connection that fails while idle (a database restart) is dropped by the pool and
  // replaced on next use; unlistened, its 'error' event would end the process.
  pool.on('error', () => undefined);
  // $disconnect() ends the pool, as when the adapter owned it.
  const adapter = releasingOnFailedEnd(new PrismaPg(pool, { disposeExternalPool: true }));
  const transactionOptions = {
    ...(options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {}),
    ...(options.transactionMaxWaitMs ? { maxWait: options.transactionMaxWaitMs } : {}),
  };
  const prisma = new PrismaClient({ adapter, ...(Object.keys(transactionOptions).length > 0 ? { transactionOptions } : {}) });
  pools.set(prisma, pool);
  return prisma;
}

/**
 * The node-postgres pool a client of createPrismaClient runs on, shared with Prisma (the
 * same connections, the same limit): for the few hot read statements worth sending
 * straight through the driver, as named prepared statements, rather than through the ORM.
 */
export function pgPoolOf(prisma: PrismaClient): pg.Pool {
  const pool = pools.get(prisma);
  if (!pool) throw new Error('pgPoolOf: this Prisma client was not made by createPrismaClient');
  return pool;
}
