import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the portal needs from a file store: local disk today, S3-compatible later. */
export interface FileStorage {
  /** Streams the content in; answers the key to keep in `stored_file.storage_key`. */
  put(content: Readable | Buffer, meta: { name: string; mimeType: string }): Promise<StoredObject>;
  /** Streams the content out. Rejects with FileNotInStorageError when the key is unknown. */
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

export interface StoredObject {
  key: string;
  size: number;
  /** Hex SHA-256 of the content */
  sha256: string;
}

export class FileNotInStorageError extends Error {
  constructor(key: string) {
    super(`file not in storage: ${key}`);
  }
}

/** Keys are generated here, never taken from users: `yyyy/mm/<uuid>` */
const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/**
 * Files under `root` (DATA_DIR/files). Content is streamed to a temporary file in the
 * same file system while its SHA-256 and size are computed, then renamed into place, so
 * a reader never sees a half-written file and a failed upload leaves nothing behind.
 */
export function createLocalDiskStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new FileNotInStorageError(key);
    const path = join(base, ...key.split('/'));
    if (!path.startsWith(base + sep)) throw new FileNotInStorageError(key);
    return path;
  };

  return {
    async put(content, _meta) {
      const now = new Date();
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
      const target = pathOf(key);
      const temporary = join(base, '.tmp', `${randomUUID()}.part`);
      await mkdir(dirname(temporary), { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      const hash = createHash('sha256');
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const sink = createWriteStream(temporary, { flags: 'wx' });
      try {
        const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
        await pipeline(source, measure, sink);
        await rename(temporary, target);
      } catch (error) {
        // The file is opened asynchronously: when the source failed first, it may appear
        // only after that failure. Removing it before the stream has closed would miss it.
        if (!sink.closed) await new Promise<void>((settled) => sink.once('close', () => settled()));
        await rm(temporary, { force: true });
        throw error;
      }
      return { key, size, sha256: hash.digest('hex') };
    },

    async get(key) {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch {
        throw new FileNotInStorageError(key);
      }
      return createReadStream(path);
    },

    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
