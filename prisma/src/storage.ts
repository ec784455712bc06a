import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
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
  /**
   * Every stored object with its last write (maintenance: objects no row references).
   * Optional: a driver that cannot list (or lists by other means) leaves it out.
   */
  list?(): AsyncIterable<{ key: string; modifiedAt: Date }>;
  /**
   * Removes the temporary files of uploads that never finished (a crash mid-`put`) last
   * written before `before`; answers how many. An upload in progress writes to its file
   * continually, so a cut-off well in the past never touches it.
   */
  sweepTemporary?(before: Date): Promise<number>;
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
/** Temporary files of `put`, under `<root>/.tmp` */
const TEMPORARY = /^[0-9a-f-]{36}\.part$/;

/** Entries of a directory, none when it does not exist. */
async function entriesOf(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

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

    async *list() {
      for (const year of await entriesOf(base)) {
        if (!year.isDirectory() || !/^\d{4}$/.test(year.name)) continue;
        for (const month of await entriesOf(join(base, year.name))) {
          if (!month.isDirectory() || !/^\d{2}$/.test(month.name)) continue;
          for (const file of await entriesOf(join(base, year.name, month.name))) {
            const key = `${year.name}/${month.name}/${file.name}`;
            if (!file.isFile() || !KEY.test(key)) continue;
            // Removed since the directory was read: not an object any more
            const modifiedAt = await stat(join(base, year.name, month.name, file.name)).then((info) => info.mtime, () => null);
            if (modifiedAt) yield { key, modifiedAt };
          }
        }
      }
    },

    async sweepTemporary(before) {
      const dir = join(base, '.tmp');
      let removed = 0;
      for (const entry of await entriesOf(dir)) {
        if (!entry.isFile() || !TEMPORARY.test(entry.name)) continue;
        const path = join(dir, entry.name);
        const info = await stat(path).catch(() => null);
        if (!info || info.mtime >= before) continue;
        await rm(path, { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
