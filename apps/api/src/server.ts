import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, parseConfig, type AppConfig } from './config.ts';
import { DatabaseUnavailableError, prepareDatabase } from './bootstrap/database.ts';
import { loadDemoArchive } from './bootstrap/demo-archive.ts';
import { loadDemoDossiers } from './bootstrap/demo-dossiers.ts';
import { createStartupReporter } from './bootstrap/progress.ts';

/** Start-up failures an operator can fix print one line and exit non-zero. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config: AppConfig;
try {
  config = parseConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

// Since the process began (performance.timeOrigin): loading the modules is part of the wait.
const modulesLoaded = performance.now();
const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
// A person at a terminal reads a few plain lines; production (JSON) and debug get log records.
const mode = config.logLevel === 'silent' ? 'silent' : config.isProduction || verbose ? 'log' : 'plain';
const bootLog = pino({ level: config.logLevel === 'silent' ? 'silent' : config.logLevel, base: undefined });
const progress = createStartupReporter({ mode, log: bootLog });
// While the server starts, the app logs warnings and errors only (unless LOG_LEVEL=debug):
// the demo dossiers are walked through its own API with app.inject, and a request log
// line for each of those hundreds of requests would bury what a person needs to read.
const startLevel = config.logLevel === 'info' ? 'warn' : config.logLevel;

let database;
try {
  database = await prepareDatabase(config, progress);
} catch (error) {
  if (error instanceof DatabaseUnavailableError) fail(error.message);
  fail(`Database preparation failed: ${error instanceof Error ? error.message : String(error)}`);
}

// Background workers wait until the demo data is in: with the embedded database they
// would queue for its one connection behind the seeding and time out.
const app = await buildApp({ ...config, logLevel: startLevel }, { prisma: database.prisma, holdBackgroundWork: true });
let stopping = false;
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  stopping = true;
  if (err) app.log.error({ err }, 'shutting down after an error');
  await app.close();
  await database.close();
  // Ctrl-C or SIGTERM is how a person stops the portal: one line, and exit code 0.
  if (!err) progress.line(mode === 'plain' ? 'Đã dừng / stopped' : 'stopped', { signal });
});

if (config.seedDemoDossiers) {
  // Through the API itself, before the port opens; a failure leaves a working, emptier demo.
  const walking = progress.step('Hồ sơ mẫu / demo dossiers');
  try {
    const made = await loadDemoDossiers(app, (done, total) => walking.count(done, total));
    if (made !== null) walking.done(`${made}`);
  } catch (error) {
    if (!stopping) app.log.warn({ err: error }, 'could not load the demo dossiers; the portal starts without them');
  }
  const archiving = progress.step('Hồ sơ đã giải quyết trong năm / demo archive of the year');
  try {
    const archived = await loadDemoArchive(app, new Date(), (done, total) => archiving.count(done, total));
    if (archived !== null) archiving.done(`${archived}`);
  } catch (error) {
    if (!stopping) app.log.warn({ err: error }, 'could not load the demo archive; the statistics start from the demo dossiers');
  }
}
app.backgroundWork.start();

try {
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  await database.close();
  fail(`Cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`);
}
app.log.level = config.logLevel;

const seconds = (performance.now() / 1000).toFixed(1);
const url = `${config.publicUrl}/`;
const accounts = config.seedDemo ? ' · tài khoản mẫu / demo accounts: congdan, motcua, chuyenvien, lanhdao, quantri (mật khẩu / password Demo@2025)' : '';
const mailbox = app.devMailbox ? ` · hộp thư / mailbox: ${config.publicUrl}/dev/mailbox` : '';
progress.line(
  mode === 'plain'
    ? `Cổng Dịch vụ công trực tuyến: ${url} — sẵn sàng sau ${seconds} s / ready${accounts}${mailbox}`
    : `Cổng Dịch vụ công trực tuyến: ${url} (API docs: ${config.publicUrl}/api/docs)`,
  { seconds: Number(seconds), modulesSeconds: Number((modulesLoaded / 1000).toFixed(1)), created: database.created, seeded: database.seeded },
);
