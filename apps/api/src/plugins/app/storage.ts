import fp from 'fastify-plugin';
import type { FileStorage } from '@portal/db/storage';

declare module 'fastify' {
  interface FastifyInstance {
    /** Template, sample, attachment and result files (local disk under DATA_DIR/files by default) */
    storage: FileStorage;
  }
}

/** Exposes the file storage; the driver is chosen by whoever builds the app (app.ts). */
export default fp<{ storage: FileStorage }>(
  async function storagePlugin(app, { storage }) {
    app.decorate('storage', storage);
  },
  { name: 'storage' },
);
