import fp from 'fastify-plugin';
import { createCaptcha, type Captcha, type UsedCaptchaStore } from '../../features/auth/captcha.ts';
import { deriveKey, resolveSecret } from './auth.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one captcha verifier: every route that takes a captcha must use it, so a solution counts once. */
    captcha: Captcha;
  }
}

/**
 * The captcha (GET /auth/captcha) and its verifier, shared by registration, guest
 * dossiers and questions. Used solutions are kept in `captcha_solution` until their
 * challenge expires, so a solution spent on one route (or in another API process) is
 * refused everywhere else.
 */
export default fp(
  async function captcha(app) {
    const secret = resolveSecret(app.config);
    const used: UsedCaptchaStore = {
      async claim(nonce, expiresAt) {
        await app.prisma.captchaSolution.deleteMany({ where: { expiresAt: { lt: new Date() } } });
        // ON CONFLICT DO NOTHING: of two requests racing with one solution, one wins.
        const { count } = await app.prisma.captchaSolution.createMany({ data: [{ nonce, expiresAt }], skipDuplicates: true });
        return count === 1;
      },
    };
    app.decorate(
      'captcha',
      createCaptcha({
        signatureSecret: deriveKey(secret, 'captcha').toString('hex'),
        keySignatureSecret: deriveKey(secret, 'captcha-key').toString('hex'),
        cost: app.config.captchaCost,
        disabled: app.config.captchaDisabled,
        used,
      }),
    );
    if (app.config.captchaDisabled) {
      app.log.warn('!!! CAPTCHA_DISABLED=true: every captcha is accepted. For automated tests only — never expose this server. !!!');
    }
  },
  { name: 'captcha', dependencies: ['prisma'] },
);
