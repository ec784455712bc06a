import compress from '@fastify/compress';
import fp from 'fastify-plugin';
import { constants } from 'node:zlib';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * The types worth compressing: JSON (problem+json too), text (but never
 * text/event-stream, which must flush event by event), XML, JavaScript and SVG. Not
 * octet-stream (the default list has it): downloads of files keep their exact bytes and
 * length, and PDF, images and archives are compressed already.
 */
export const COMPRESSIBLE_TYPES = /^text\/(?!event-stream)|^application\/(?:[\w.-]+\+)?(?:json|xml)(?:;|$)|^application\/javascript|^image\/svg\+xml/u;

/**
 * API answers (and the SPA's HTML) compressed on the fly, brotli preferred then gzip,
 * by the request's Accept-Encoding, with `Vary: Accept-Encoding`; only above
 * COMPRESSION_THRESHOLD_BYTES. Built assets are compressed at build time
 * (apps/web/scripts/precompress.mjs) and sent as they are (plugins/app/spa.ts): an
 * answer that already has a Content-Encoding is left alone. See docs/decisions/012.
 * Registered before the routes: @fastify/compress hooks into each route as it is added.
 */
export default fp(
  async function compression(app) {
    // Request bodies are not decompressed (the plugin would by default): nothing sends
    // them compressed, and it is one more way in.
    app.addHook('onRoute', (route) => {
      const options = route as { decompress?: unknown };
      options.decompress ??= false;
    });
    await app.register(compress, {
      global: true,
      encodings: ['br', 'gzip'],
      threshold: COMPRESSION_THRESHOLD_BYTES,
      customTypes: COMPRESSIBLE_TYPES,
      // A quick brotli level for answers made per request (the default is 4 too; 11 is
      // for build time, where the time is spent once).
      brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } },
      zlibOptions: { level: 6 },
    });
  },
  { name: 'compression' },
);
