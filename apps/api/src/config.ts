import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root: defaults (data folder, built SPA) are resolved from here. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be a postgres://user:password@host:port/database URL');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable the API reads, parsed once at start. A bad value stops
 * the process with one line naming the variable (see server.ts). Documented in
 * .env.example and the README's configuration table.
 */
export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  DATA_DIR: z.string().default('.data'),
  SEED_DEMO: booleanFlag.optional(),
  SEED_DEMO_DOSSIERS: booleanFlag.optional(),
  WEB_DIST_DIR: z.string().default('apps/web/dist'),
  TRUST_PROXY: booleanFlag.default(false),
  CATALOGUE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  COOKIE_SECURE: booleanFlag.optional(),
  HSTS: booleanFlag.optional(),
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\/[^/\s]+/.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).optional(),
  DEV_MAILBOX: booleanFlag.optional(),
  CAPTCHA_DISABLED: booleanFlag.default(false),
  CAPTCHA_COST: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .trim()
    .refine(
      (value) => value.split(',').every((entry) => /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(entry.trim()) || entry.trim() === ''),
      'must be a comma list of host or host:port (IPv6 in brackets: [::1]:8080)',
    )
    .optional(),
  WEBHOOK_WORKER: booleanFlag.default(true),
});

export type TEnv = z.infer<typeof ZEnv>;

export interface AppConfig {
  env: TEnv['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: TEnv['LOG_LEVEL'];
  /** Null: use the embedded PostgreSQL (PGlite) under dataDir */
  databaseUrl: string | null;
  databasePoolSize: number;
  /** How long a request waits for a database connection (opening one, or a free one of the pool) */
  databaseConnectTimeoutMs: number;
  /** The server's statement_timeout; the driver stops waiting a little later (a frozen server). 0: none. Not applied to the embedded database. */
  databaseStatementTimeoutMs: number;
  /** A request not answered by then gets 503 SERVICE_UNAVAILABLE (multipart uploads excepted). 0: none. */
  requestTimeoutMs: number;
  dataDir: string;
  /** Load the demo catalogue and accounts into an empty database */
  seedDemo: boolean;
  /** Walk demo dossiers through every state once the demo province is loaded (embedded default) */
  seedDemoDossiers: boolean;
  /** Built SPA to serve, when it exists */
  webDistDir: string;
  trustProxy: boolean;
  /** How long the API keeps public catalogue answers in memory (0: not at all) */
  catalogueCacheSeconds: number;
  /** Signs access tokens and derives the CSRF and captcha keys. Null: generated once and kept in dataDir (never in production). */
  jwtSecret: string | null;
  /** Secure attribute on session cookies (HTTPS only) */
  cookieSecure: boolean;
  /** Send Strict-Transport-Security (one year, includeSubDomains); off when a reverse proxy adds it */
  hsts: boolean;
  /** Real SMTP server; null: the embedded mailbox (when devMailbox) or no delivery */
  smtpUrl: string | null;
  mailFrom: string;
  /** Embedded SMTP server on 127.0.0.1 whose messages are readable at /dev/mailbox */
  devMailbox: boolean;
  /** Automated test environments only: registration accepts any captcha value */
  captchaDisabled: boolean;
  /** PBKDF2 iterations per proof-of-work attempt; the browser makes 1,000–5,000 attempts */
  captchaCost: number;
  /** Webhook endpoints (lower-case `host` or `host:port`) exempt from the private/loopback address rule */
  webhookAllowedHosts: string[];
  /** This process dispatches and delivers webhooks (false: another process does) */
  webhookWorker: boolean;
}

export class ConfigError extends Error {}

/** What a variable accepts, read from its schema: "a whole number from 0 to 65535", "one of …". */
export function describeAccepted(variable: string): string | null {
  let schema = (ZEnv.shape as Record<string, z.ZodType | undefined>)[variable];
  // Through .default(), .optional() and a transform's input
  for (let depth = 0; schema && depth < 5; depth += 1) {
    if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    else if (schema instanceof z.ZodPipe) schema = schema.in as z.ZodType;
    else break;
  }
  if (schema instanceof z.ZodNumber) {
    const kind = schema.format === 'safeint' || schema.isInt ? 'a whole number' : 'a number';
    const { minValue: min, maxValue: max } = schema;
    const bounded = (value: number | null) => value !== null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER;
    if (bounded(min) && bounded(max)) return `${kind} from ${min} to ${max}`;
    if (bounded(min)) return `${kind} of at least ${min}`;
    return kind;
  }
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.join(', ')}`;
  if (schema instanceof z.ZodURL) return 'an absolute URL (http://… or https://…)';
  return null;
}

/** One plain sentence: the value given and what the variable accepts (its documented range). */
function explainConfigIssue(variable: string, value: string | undefined, issue: z.core.$ZodIssue): string {
  const accepted = describeAccepted(variable);
  // Secrets (and URLs that may carry a password) are not echoed to the terminal or a log
  const secret = /SECRET|_URL$/.test(variable) && variable !== 'PUBLIC_URL';
  const given = value === undefined || secret ? '' : `is "${value.length > 60 ? `${value.slice(0, 60)}…` : value}" but `;
  // A schema's own sentence ("must be at least 32 characters") says it best
  if (issue.code === 'custom' || (issue.code === 'too_small' && issue.origin === 'string')) return `${given}${issue.message}`;
  return `${given}must be ${accepted ?? 'a valid value'} (see .env.example)`;
}

const absolute = (path: string) => (isAbsolute(path) ? path : join(REPO_ROOT, path));

export function parseConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = ZEnv.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = issue.path.join('.') || 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${explainConfigIssue(variable, present[variable], issue)}`);
  }
  const env = result.data;
  const isProduction = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL ?? null;
  const refuse = (variable: string, reason: string): never => {
    throw new ConfigError(`Invalid configuration: ${variable} ${reason}`);
  };
  if (isProduction && !env.JWT_SECRET) refuse('JWT_SECRET', 'is required when NODE_ENV=production (32+ random characters)');
  // Automated test environments only: never production, and not development either.
  if (env.CAPTCHA_DISABLED && env.NODE_ENV !== 'test') refuse('CAPTCHA_DISABLED', `is refused when NODE_ENV=${env.NODE_ENV} (only NODE_ENV=test)`);
  if (env.DEV_MAILBOX && env.SMTP_URL) refuse('DEV_MAILBOX', 'cannot be combined with SMTP_URL');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    logLevel: env.LOG_LEVEL,
    databaseUrl,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseConnectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    dataDir: absolute(env.DATA_DIR),
    // The embedded database is the demo/dev default, so it gets the demo data unless told otherwise.
    seedDemo: env.SEED_DEMO ?? databaseUrl === null,
    seedDemoDossiers: (env.SEED_DEMO ?? databaseUrl === null) && (env.SEED_DEMO_DOSSIERS ?? databaseUrl === null),
    webDistDir: absolute(env.WEB_DIST_DIR),
    trustProxy: env.TRUST_PROXY,
    catalogueCacheSeconds: env.CATALOGUE_CACHE_SECONDS,
    jwtSecret: env.JWT_SECRET ?? null,
    cookieSecure: env.COOKIE_SECURE ?? isProduction,
    // Served over HTTPS (secure cookies) means HTTPS only from now on, unless a proxy says so itself.
    hsts: env.HSTS ?? env.COOKIE_SECURE ?? isProduction,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? `"Cổng Dịch vụ công trực tuyến" <no-reply@${new URL(publicUrl).hostname}>`,
    // On by default wherever no real server is configured, except in production where it must be asked for.
    devMailbox: env.DEV_MAILBOX ?? (!isProduction && !env.SMTP_URL),
    captchaDisabled: env.CAPTCHA_DISABLED,
    captchaCost: env.CAPTCHA_COST,
    webhookAllowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
    webhookWorker: env.WEBHOOK_WORKER,
  };
}
