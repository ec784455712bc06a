/**
 * Loads the ALTCHA widget (self-hosted proof-of-work captcha). The `external` build plus
 * workers served from our own origin keep the strict Content-Security-Policy
 * (script-src 'self', no blob: workers, no inline styles injected by scripts).
 */
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/vi';
import 'altcha/i18n/en';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import type {} from 'altcha/types/react';

for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512']) {
  globalThis.$altcha.algorithms.set(algorithm, () => new Pbkdf2Worker());
}
