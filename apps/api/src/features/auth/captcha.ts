import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';

/**
 * The "mã xác nhận" step: a self-hosted proof-of-work (ALTCHA). The browser spends a
 * second or two finding a counter; nothing to read or hear, so it is as accessible as
 * a checkbox, and no third party is involved. Challenges are signed and expire; a
 * solved challenge is accepted once (replays are refused).
 */

export const CAPTCHA_ALGORITHM = 'PBKDF2/SHA-256';
export const CAPTCHA_TTL_MS = 10 * 60_000;
/** The browser tries counters from 0: on average half of this range times the cost. */
const COUNTER_MIN = 1_000;
const COUNTER_MAX = 5_000;
const MAX_REMEMBERED = 100_000;

const ZPayload = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.literal(CAPTCHA_ALGORITHM),
      nonce: z.string().min(1).max(128),
      salt: z.string().min(1).max(128),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
    }),
    signature: z.string().min(1),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().min(1).max(256), time: z.number().optional() }),
});

export interface CaptchaOptions {
  /** HMAC secrets, derived from JWT_SECRET */
  signatureSecret: string;
  keySignatureSecret: string;
  /** PBKDF2 iterations per attempt (CAPTCHA_COST) */
  cost: number;
  /** CAPTCHA_DISABLED: every non-empty payload passes (automated tests only; refused in production) */
  disabled: boolean;
}

export function createCaptcha(options: CaptchaOptions) {
  /** Nonces of accepted solutions until their challenge expires (single process; see README). */
  const used = new Map<string, number>();

  const forgetExpired = (now: number) => {
    for (const [nonce, expiresAt] of used) if (expiresAt <= now) used.delete(nonce);
    while (used.size >= MAX_REMEMBERED) used.delete(used.keys().next().value!);
  };

  return {
    disabled: options.disabled,

    challenge: (): Promise<Challenge> =>
      createChallenge({
        algorithm: CAPTCHA_ALGORITHM,
        cost: options.cost,
        counter: randomInt(COUNTER_MAX, COUNTER_MIN),
        deriveKey: pbkdf2,
        expiresAt: new Date(Date.now() + CAPTCHA_TTL_MS),
        hmacSignatureSecret: options.signatureSecret,
        hmacKeySignatureSecret: options.keySignatureSecret,
      }),

    /** True once per solved, unexpired challenge that we signed. */
    async verify(payload: string): Promise<boolean> {
      if (options.disabled) return payload.length > 0;
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
      } catch {
        return false;
      }
      const parsed = ZPayload.safeParse(decoded);
      if (!parsed.success) return false;
      const { challenge, solution } = parsed.data;
      const result = await verifySolution({
        challenge: challenge as Challenge,
        solution,
        deriveKey: pbkdf2,
        hmacSignatureSecret: options.signatureSecret,
        hmacKeySignatureSecret: options.keySignatureSecret,
      });
      if (!result.verified) return false;
      const now = Date.now();
      forgetExpired(now);
      const nonce = challenge.parameters.nonce;
      if (used.has(nonce)) return false;
      const expiresAt = typeof challenge.parameters.expiresAt === 'number' ? challenge.parameters.expiresAt * 1000 : now + CAPTCHA_TTL_MS;
      used.set(nonce, expiresAt);
      return true;
    },
  };
}

export type Captcha = ReturnType<typeof createCaptcha>;
