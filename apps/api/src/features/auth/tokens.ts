import { createHash, randomBytes } from 'node:crypto';

/** How long an e-mailed link works. */
export const TOKEN_TTL_MS = {
  activation: 48 * 3600_000,
  password_reset: 60 * 60_000,
  email_change: 24 * 3600_000,
} as const;

export type TEmailTokenPurpose = keyof typeof TOKEN_TTL_MS;

/** At most this many links of one purpose per account and hour; more requests are answered alike but send nothing. */
export const TOKENS_PER_HOUR = 3;

/** 256 random bits for the link; only the SHA-256 is stored. */
export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashEmailToken(token) };
}

export const hashEmailToken = (token: string): string => createHash('sha256').update(token).digest('hex');
