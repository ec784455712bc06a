import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';

/**
 * The "mã xác nhận" step: a self-hosted proof-of-work (ALTCHA). The browser spends a
 * second or two finding a counter; nothing to read or hear, so it is as accessible as
 * a checkbox, and no third party is involved. Challenges are signed and expire; a
 * solved challenge is accepted once, by whichever route takes it first (registration,
 * guest dossiers, questions): the app has ONE verifier (`app.captcha`, plugins/app/captcha.ts)
 * over one store of used solutions in the database, so replays are refused across routes
 * and API processes.
 */

export const CAPTCHA_ALGORITHM = 'PBKDF2/SHA-256';
export const CAPTCHA_TTL_MS = 10 * 60_000;
/** The browser tries counters from 0: on average half of this range times the cost. */
const COUNTER_MIN = 1_000;
const COUNTER_MAX = 5_000;

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
  /** The solutions already accepted, shared by every route that takes a captcha */
  used: UsedCaptchaStore;
}

/** Remembers accepted solutions (by challenge nonce) until their challenge expires. */
export interface UsedCaptchaStore {
  /** Records the nonce as used; false when it already was (a replay). */
  claim(nonce: string, expiresAt: Date): Promise<boolean>;
}

export function createCaptcha(options: CaptchaOptions) {
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
      const expiresAt = typeof challenge.parameters.expiresAt === 'number' ? challenge.parameters.expiresAt * 1000 : Date.now() + CAPTCHA_TTL_MS;
      return options.used.claim(challenge.parameters.nonce, new Date(expiresAt));
    },
  };
}

export type Captcha = ReturnType<typeof createCaptcha>;
