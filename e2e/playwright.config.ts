import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Journeys run against the real portal (API + built SPA on one port) in Debian's
 * Chromium — never a downloaded browser. `pnpm test` passes E2E_DATABASE_URL (a fresh
 * database on the test PostgreSQL); run alone, the embedded database is used.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
}

const serverEnv: Record<string, string> = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: baseURL,
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'true',
  // Production needs a session secret; a fixed one is fine for a throw-away test server.
  JWT_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  // Plain http on 127.0.0.1: cookies without the Secure attribute.
  COOKIE_SECURE: 'false',
  // No real mail server: the embedded mailbox (/dev/mailbox), explicitly allowed in production.
  DEV_MAILBOX: 'true',
  ...(process.env.E2E_DATABASE_URL
    ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
    : { DATA_DIR: mkdtempSync(join(tmpdir(), 'portal-e2e-')) }),
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Generous limits: `pnpm test` may run on a small, busy machine (2 cores shared with type checks
  // and other test runs). A journey still ends as soon as it passes; nothing waits a fixed time.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    // A click or a page load that needs longer than this is stuck, not slow: say where.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node --import tsx src/server.ts',
    cwd: join(import.meta.dirname, '..', 'apps', 'api'),
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: serverEnv,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
