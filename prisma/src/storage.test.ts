import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalDiskStorage, FileNotInStorageError, type FileStorage } from './storage.ts';

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-storage-'));
  storage = createLocalDiskStorage(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('local disk storage', () => {
  it('stores streamed content under a generated key with its size and SHA-256, and reads it back', async () => {
    const content = Buffer.from('Giấy tờ tùy thân — bản sao');
    const stored = await storage.put(Readable.from([content.subarray(0, 5), content.subarray(5)]), { name: 'a.txt', mimeType: 'text/plain' });
    expect(stored.key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(stored).toMatchObject({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await buffer(await storage.get(stored.key))).toEqual(content);
    await storage.remove(stored.key);
    await expect(storage.get(stored.key)).rejects.toBeInstanceOf(FileNotInStorageError);
  });

  it('refuses keys it did not generate', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toBeInstanceOf(FileNotInStorageError);
  });

  it('leaves nothing behind when the source fails midway', async () => {
    const source = new PassThrough();
    const putting = storage.put(source, { name: 'a.pdf', mimeType: 'application/pdf' });
    source.write(Buffer.alloc(256 * 1024, 1));
    setTimeout(() => source.destroy(new Error('client aborted')), 20);
    await expect(putting).rejects.toThrow('client aborted');
    expect(await filesIn(root)).toEqual([]);
  });

  it('leaves nothing behind when the source has already failed before the file is opened', async () => {
    // The temporary file is created asynchronously: a failure that comes first must not
    // let it appear afterwards.
    for (let attempt = 0; attempt < 20; attempt++) {
      const source = new PassThrough();
      source.on('error', () => {}); // failed before anyone listened, as a refused upload can
      source.destroy(new Error('refused'));
      await expect(storage.put(source, { name: 'a.pdf', mimeType: 'application/pdf' })).rejects.toThrow();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await filesIn(root)).toEqual([]);
  });
});

describe('local disk storage maintenance', () => {
  const HOUR = 60 * 60 * 1000;

  it('lists every stored object with its last write, and nothing else under the root', async () => {
    const first = await storage.put(Buffer.from('một'), { name: 'a.txt', mimeType: 'text/plain' });
    const second = await storage.put(Buffer.from('hai'), { name: 'b.txt', mimeType: 'text/plain' });
    const { mkdir, utimes, writeFile } = await import('node:fs/promises');
    await mkdir(join(root, '.tmp'), { recursive: true });
    await writeFile(join(root, '.tmp', `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.part`), 'half');
    await writeFile(join(root, 'README'), 'not an object');
    const old = new Date(Date.now() - 48 * HOUR);
    await utimes(join(root, ...first.key.split('/')), old, old);

    const listed = [];
    for await (const object of storage.list!()) listed.push(object);
    expect(listed.map((object) => object.key).sort()).toEqual([first.key, second.key].sort());
    expect(Math.abs(listed.find((object) => object.key === first.key)!.modifiedAt.getTime() - old.getTime())).toBeLessThan(1000);
  });

  it('lists nothing from an empty root', async () => {
    const listed = [];
    for await (const object of createLocalDiskStorage(join(root, 'missing')).list!()) listed.push(object);
    expect(listed).toEqual([]);
  });

  it('sweeps temporary files last written before the cut-off, never newer ones nor stored objects', async () => {
    const { mkdir, utimes, writeFile, readdir: list } = await import('node:fs/promises');
    const stored = await storage.put(Buffer.from('giữ lại'), { name: 'a.txt', mimeType: 'text/plain' });
    const tmp = join(root, '.tmp');
    await mkdir(tmp, { recursive: true });
    const part = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000.part`;
    for (const n of [1, 2, 3]) await writeFile(join(tmp, part(n)), 'crashed upload');
    await writeFile(join(tmp, 'other-file'), 'not ours');
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    await utimes(join(tmp, part(1)), twoHoursAgo, twoHoursAgo);
    await utimes(join(tmp, part(2)), twoHoursAgo, twoHoursAgo);
    await utimes(join(tmp, 'other-file'), twoHoursAgo, twoHoursAgo);
    await utimes(join(root, ...stored.key.split('/')), twoHoursAgo, twoHoursAgo);

    expect(await storage.sweepTemporary!(new Date(Date.now() - HOUR))).toBe(2);
    expect((await list(tmp)).sort()).toEqual([part(3), 'other-file'].sort());
    expect(await buffer(await storage.get(stored.key))).toEqual(Buffer.from('giữ lại'));
    expect(await storage.sweepTemporary!(new Date(Date.now() - HOUR))).toBe(0);
    expect(await createLocalDiskStorage(join(root, 'missing')).sweepTemporary!(new Date())).toBe(0);
  });
});
