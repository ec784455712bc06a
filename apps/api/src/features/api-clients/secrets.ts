import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@portal/db/seed';

/**
 * Client secrets: `cs_` + 32 random bytes (base64url, 256 bits — far beyond guessing, so
 * the argon2id hash is defence in depth, as for passwords). Shown once, stored hashed,
 * told apart in the admin list by their first characters (`hint`).
 */
export const newClientSecret = (): string => `cs_${randomBytes(32).toString('base64url')}`;

/** A generated public client id, e.g. `cli_3f9a1c0e7b2d4a56`. */
export const newClientId = (): string => `cli_${randomBytes(8).toString('hex')}`;

/** What the admin list shows of a secret: its prefix and 4 characters (20 bits of 256: tells nothing useful). */
export const hintOf = (secret: string): string => `${secret.slice(0, secret.startsWith('cs_') ? 7 : 4)}…`;

export const hashClientSecret = (secret: string) => hash(secret, ARGON2_OPTIONS);

export const verifyClientSecret = (secretHash: string, secret: string) => verify(secretHash, secret).catch(() => false);
