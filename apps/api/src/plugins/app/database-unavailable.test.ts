import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.ts';

/** Shapes seen from Prisma 6.19 + @prisma/adapter-pg + pg 8 with PostgreSQL stopped or frozen. */
const adapterError = (cause: Record<string, unknown>) => ({ name: 'DriverAdapterError', cause });
const prismaError = (code: string, driverCause?: Record<string, unknown>) =>
  Object.assign(new Error(`prisma ${code}`), { name: 'PrismaClientKnownRequestError', code, meta: driverCause ? { driverAdapterError: adapterError(driverCause) } : {} });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['P1001: cannot reach the server (transaction start)', prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['P2010 raw query, adapter says not reachable', prismaError('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['P2010 raw query, server shutting down (57P01)', prismaError('P2010', { kind: 'postgres', code: '57P01', originalCode: '57P01', severity: 'FATAL' })],
    ['P2010 raw query, statement timeout (57014)', prismaError('P2010', { kind: 'postgres', code: '57014', originalCode: '57014', severity: 'ERROR' })],
    ['P2024 pool timeout', prismaError('P2024')],
    ['P2028 transaction could not start in time', prismaError('P2028')],
    ['P1017 connection closed', prismaError('P1017', { kind: 'ConnectionClosed' })],
    ['pg: ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 })],
    ['pg-pool: waited too long for a connection', new Error('timeout exceeded when trying to connect')],
    ['pg: query_timeout', new Error('Query read timeout')],
    ['pg: connect timeout', new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') })],
    ['pg server error: too many connections', Object.assign(new Error('sorry, too many clients already'), { code: '53300', severity: 'FATAL' })],
    ['pg server error: the database is starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03', severity: 'FATAL' })],
  ])('%s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002')],
    ['a raw query syntax error', prismaError('P2010', { kind: 'postgres', code: '42601', originalCode: '42601', severity: 'ERROR' })],
    ['a record not found', prismaError('P2025')],
    ['a client that left mid-upload', Object.assign(new Error('aborted'), { code: 'ECONNRESET' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'SERVICE_UNAVAILABLE'],
  ])('not %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
