#!/usr/bin/env node
// Brotli (quality 11) and gzip (level 9) siblings of every text asset of the build, for
// the API to send by Accept-Encoding (apps/api/src/plugins/app/spa.ts, @fastify/static's
// `preCompressed`). Run after `vite build`; see docs/decisions/012-precompressed-assets.md.
// index.html is left out: the API adds the portal's identity to it and compresses each version.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Smaller files are sent as they are: a compressed copy would save a few bytes at best. */
const MIN_BYTES = 1024;
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|ico)$/i;
const SKIP = new Set(['index.html']);

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let count = 0;
let before = 0;
let afterBr = 0;
let afterGz = 0;
const jobs = [];
for await (const path of files(dist)) {
  const name = relative(dist, path);
  if (!TEXT.test(path) || SKIP.has(name)) continue;
  if ((await stat(path)).size < MIN_BYTES) continue;
  jobs.push(
    (async () => {
      const data = await readFile(path);
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      {
        count += 1;
        before += data.length;
        afterBr += br.length;
        afterGz += gzipped.length;
      }
    })(),
  );
}
await Promise.all(jobs);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`precompress: ${count} assets, ${kb(before)} → brotli ${kb(afterBr)}, gzip ${kb(afterGz)}`);
