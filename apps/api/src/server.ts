import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { DatabaseUnavailableError, prepareDatabase } from './bootstrap/database.ts';
import { loadDemoArchive } from './bootstrap/demo-archive.ts';
import { loadDemoDossiers } from './bootstrap/demo-dossiers.ts';

/** Start-up failures an operator can fix print one line and exit non-zero. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config;
try {
  config = parseConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const bootLog = pino({ level: config.logLevel === 'silent' ? 'silent' : config.logLevel, base: undefined });
let database;
try {
  database = await prepareDatabase(config, bootLog);
} catch (error) {
  if (error instanceof DatabaseUnavailableError) fail(error.message);
  fail(`Database preparation failed: ${error instanceof Error ? error.message : String(error)}`);
}

const app = await buildApp(config, { prisma: database.prisma });
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
});

if (config.seedDemoDossiers) {
  // Through the API itself, before the port opens; a failure leaves a working, emptier demo.
  try {
    const made = await loadDemoDossiers(app);
    if (made !== null) app.log.info({ dossiers: made }, 'walked the demo dossiers through every state');
  } catch (error) {
    app.log.warn({ err: error }, 'could not load the demo dossiers; the portal starts without them');
  }
  try {
    const archived = await loadDemoArchive(app);
    if (archived !== null) app.log.info({ dossiers: archived }, 'added the demo province’s finished dossiers of the last twelve months');
  } catch (error) {
    app.log.warn({ err: error }, 'could not load the demo archive; the statistics start from the demo dossiers');
  }
}

try {
  await app.listen({ host: config.host, port: config.port });
  app.log.info(`Cổng Dịch vụ công trực tuyến: ${config.publicUrl}/ (API docs: ${config.publicUrl}/api/docs)`);
} catch (error) {
  await database.close();
  fail(`Cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`);
}
