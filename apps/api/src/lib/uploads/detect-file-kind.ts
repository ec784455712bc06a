import { extensionOf, FILE_KIND_INFO, type TAcceptedFileKind } from './file-kinds.ts';

/**
 * The kind of an uploaded file, decided by its CONTENT — never by its name or by the
 * Content-Type the browser sent — while it streams past, in bounded memory.
 *
 * Why not the `file-type` package (installed, v21): it guesses among ~200 formats from a
 * sample at the start of the file, which is the wrong shape for an allowlist of seven:
 *  - for OLE2/CFB it answers only "cfb", so an .msi installer or a .ppt renamed .doc would
 *    pass as a Word document;
 *  - for OOXML it walks the local ZIP headers from the start and needs
 *    `[Content_Types].xml` within its sample; entry order is not fixed by the format, and
 *    writers that stream (data descriptors) defeat it;
 *  - the signatures we accept are a handful of bytes each; an allowlist this small is
 *    easier to audit than a general detector, and it never says "yes" to a format we did
 *    not list.
 * So the first bytes select a container ("family"), and the container's own directory
 * proves which document it is:
 *  - PDF `%PDF-`, JPEG `FF D8 FF`, PNG its 8-byte signature + IHDR: the header is enough.
 *  - CFB (DOC/XLS): every directory entry sits at a 128-byte aligned offset of the file;
 *    we look at each aligned block for a *stream* entry named `WordDocument` (Word 97+)
 *    or `Workbook` / `Book` (Excel 97+ / Excel 5). A CFB with neither (an .msi, a .ppt,
 *    an .msg) is refused. Only when both appear (a document embedding the other kind) does
 *    the file name's extension choose between them.
 *  - ZIP (DOCX/XLSX): the central directory at the end of the file lists every entry; we
 *    keep the last 256 KiB and require `[Content_Types].xml` plus parts under `word/` or
 *    `xl/` (not both). A plain ZIP, an ODF file, a JAR, a macro-enabled document
 *    (`vbaProject.bin`, i.e. .docm/.xlsm content) is refused.
 * Anything else — executables (MZ, ELF), HTML, SVG, text, an empty file — has no family.
 */

export type TFileFamily = 'pdf' | 'jpeg' | 'png' | 'cfb' | 'zip';

/** The kinds each family can turn out to be */
export const FAMILY_KINDS: Record<TFileFamily, readonly TAcceptedFileKind[]> = {
  pdf: ['pdf'],
  jpeg: ['jpeg'],
  png: ['png'],
  cfb: ['doc', 'xls'],
  zip: ['docx', 'xlsx'],
};

/** Bytes needed to name the family (the longest signature) */
export const FAMILY_SIGNATURE_BYTES = 8;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');

const startsWith = (data: Uint8Array, signature: Uint8Array) =>
  data.length >= signature.length && signature.every((byte, index) => data[index] === byte);

/** The container the first bytes announce; null when it is nothing the portal accepts. */
export function familyOf(head: Uint8Array): TFileFamily | null {
  if (startsWith(head, PDF_SIGNATURE)) return 'pdf';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (startsWith(head, PNG_SIGNATURE)) return 'png';
  if (startsWith(head, CFB_SIGNATURE)) return 'cfb';
  if (startsWith(head, ZIP_LOCAL_HEADER)) return 'zip';
  return null;
}

const HEADER_BYTES = 512;
const CFB_ENTRY_BYTES = 128;
const ZIP_TAIL_BYTES = 256 * 1024;

/**
 * Feed it the bytes in order with `update`, then ask `finish()`. Memory is bounded: the
 * first 512 bytes, a 128-byte carry for CFB, the last 256 KiB for ZIP.
 */
export class FileKindDetector {
  private readonly head = Buffer.alloc(HEADER_BYTES);
  private headLength = 0;
  private total = 0;
  private detectedFamily: TFileFamily | null | undefined;

  // CFB: the aligned 128-byte block being filled, and the stream names found so far
  private readonly entry = Buffer.alloc(CFB_ENTRY_BYTES);
  private entryLength = 0;
  private readonly compoundMarkers = new Set<'doc' | 'xls'>();

  // ZIP: the newest chunks, at least the last ZIP_TAIL_BYTES of the file
  private tail: Buffer[] = [];
  private tailLength = 0;

  /** @param fileName only breaks the tie of a CFB holding both a Word and an Excel stream */
  constructor(private readonly fileName = '') {}

  /** Bytes seen so far */
  get size(): number {
    return this.total;
  }

  /**
   * The family once the signature bytes have arrived: null = refused, undefined = not
   * enough bytes yet (call `finish` at the end of a very short file).
   */
  get family(): TFileFamily | null | undefined {
    if (this.detectedFamily === undefined && this.headLength >= FAMILY_SIGNATURE_BYTES) {
      this.detectedFamily = familyOf(this.head.subarray(0, this.headLength));
    }
    return this.detectedFamily;
  }

  update(chunk: Uint8Array): void {
    const start = this.total;
    const knewFamily = this.detectedFamily !== undefined;
    this.total += chunk.length;
    if (this.headLength < HEADER_BYTES) {
      const copied = Math.min(HEADER_BYTES - this.headLength, chunk.length);
      this.head.set(chunk.subarray(0, copied), this.headLength);
      this.headLength += copied;
    }
    const family = this.family;
    // The few bytes that arrived before the family was known are still in `head`.
    if (!knewFamily && start > 0) this.follow(family, this.head.subarray(0, start), 0);
    this.follow(family, chunk, start);
  }

  private follow(family: TFileFamily | null | undefined, bytes: Uint8Array, start: number): void {
    if (family === 'cfb') this.scanCompoundEntries(bytes, start);
    else if (family === 'zip') this.keepTail(bytes);
  }

  /** The kind, once every byte has been seen; null when the content is not accepted. */
  finish(): TAcceptedFileKind | null {
    const family = this.family ?? familyOf(this.head.subarray(0, this.headLength));
    switch (family) {
      case 'pdf':
      case 'jpeg':
        return family;
      case 'png':
        // the first chunk of every PNG is IHDR
        return this.head.toString('latin1', 12, 16) === 'IHDR' ? 'png' : null;
      case 'cfb':
        return this.compoundKind();
      case 'zip':
        return this.openXmlKind();
      default:
        return null;
    }
  }

  // ---- CFB (MS-CFB): Word 97+ / Excel ----

  private scanCompoundEntries(chunk: Uint8Array, chunkStart: number): void {
    // Blocks are aligned to the file start; the directory lives after the 512-byte header.
    let offset = 0;
    let position = chunkStart;
    while (offset < chunk.length) {
      const take = Math.min(CFB_ENTRY_BYTES - this.entryLength, chunk.length - offset);
      if (this.entryLength === 0 && take === CFB_ENTRY_BYTES) {
        if (position >= HEADER_BYTES) this.inspectDirectoryEntry(chunk.subarray(offset, offset + CFB_ENTRY_BYTES));
      } else {
        this.entry.set(chunk.subarray(offset, offset + take), this.entryLength);
        this.entryLength += take;
        if (this.entryLength === CFB_ENTRY_BYTES) {
          if (position + take - CFB_ENTRY_BYTES >= HEADER_BYTES) this.inspectDirectoryEntry(this.entry);
          this.entryLength = 0;
        }
      }
      offset += take;
      position += take;
    }
  }

  /** A directory entry: UTF-16LE name (64 bytes), its byte length with NUL, object type */
  private inspectDirectoryEntry(block: Uint8Array): void {
    const STREAM_OBJECT = 2;
    if (block[66] !== STREAM_OBJECT) return;
    const nameBytes = block[64]! | (block[65]! << 8);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) return;
    if (block[nameBytes - 2] !== 0 || block[nameBytes - 1] !== 0) return;
    const name = Buffer.from(block.buffer, block.byteOffset, nameBytes - 2).toString('utf16le').toUpperCase();
    if (name === 'WORDDOCUMENT') this.compoundMarkers.add('doc');
    else if (name === 'WORKBOOK' || name === 'BOOK') this.compoundMarkers.add('xls');
  }

  private compoundKind(): TAcceptedFileKind | null {
    const header = this.head;
    if (this.headLength < HEADER_BYTES) return null;
    const byteOrder = header.readUInt16LE(28);
    const majorVersion = header.readUInt16LE(26);
    const sectorShift = header.readUInt16LE(30);
    const validHeader =
      byteOrder === 0xfffe && ((majorVersion === 3 && sectorShift === 9) || (majorVersion === 4 && sectorShift === 12));
    if (!validHeader) return null;
    const markers = [...this.compoundMarkers];
    if (markers.length === 1) return markers[0]!;
    if (markers.length === 0) return null;
    // A Word document embedding a workbook (or the reverse): the name decides.
    const extension = extensionOf(this.fileName);
    return (FILE_KIND_INFO.xls.extensions as readonly string[]).includes(extension) ? 'xls' : 'doc';
  }

  // ---- ZIP (OOXML): DOCX / XLSX ----

  private keepTail(chunk: Uint8Array): void {
    // Chunks may be reused by their producer: keep a copy.
    this.tail.push(Buffer.from(chunk));
    this.tailLength += chunk.length;
    while (this.tail.length > 1 && this.tailLength - this.tail[0]!.length >= ZIP_TAIL_BYTES) {
      this.tailLength -= this.tail.shift()!.length;
    }
  }

  private openXmlKind(): TAcceptedFileKind | null {
    const names = zipEntryNames(Buffer.concat(this.tail), this.total);
    if (!names) return null;
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return null;
    const word = names.some((name) => name.startsWith('word/'));
    const excel = names.some((name) => name.startsWith('xl/'));
    if (word === excel) return null;
    return word ? 'docx' : 'xlsx';
  }
}

/**
 * The entry names of a ZIP's central directory, read from the end of the file (`tail` is
 * its last bytes, `total` its full length). Null when the end-of-central-directory record
 * is missing or inconsistent, the directory is larger than the tail, or the archive is
 * ZIP64 / multi-disk (no office document needs either).
 */
export function zipEntryNames(tail: Buffer, total: number): string[] | null {
  const EOCD = 0x06054b50;
  const CENTRAL_ENTRY = 0x02014b50;
  const EOCD_BYTES = 22;
  let eocd = -1;
  for (let at = tail.length - EOCD_BYTES; at >= 0 && at >= tail.length - EOCD_BYTES - 0xffff; at--) {
    if (tail.readUInt32LE(at) === EOCD && tail.readUInt16LE(at + 20) === tail.length - at - EOCD_BYTES) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const disk = tail.readUInt16LE(eocd + 4);
  const directoryDisk = tail.readUInt16LE(eocd + 6);
  const entries = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (disk !== 0 || directoryDisk !== 0 || entries === 0xffff || directoryOffset === 0xffffffff) return null;
  const tailStart = total - tail.length;
  if (directoryOffset + directorySize !== tailStart + eocd) return null;
  let at = directoryOffset - tailStart;
  if (at < 0) return null;
  const names: string[] = [];
  for (let index = 0; index < entries; index++) {
    if (at + 46 > eocd || tail.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
    const nameLength = tail.readUInt16LE(at + 28);
    const extraLength = tail.readUInt16LE(at + 30);
    const commentLength = tail.readUInt16LE(at + 32);
    if (at + 46 + nameLength > eocd) return null;
    names.push(tail.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The kind of a whole file already in memory (small files, tests) */
export function detectFileKind(content: Uint8Array, fileName = ''): TAcceptedFileKind | null {
  const detector = new FileKindDetector(fileName);
  detector.update(content);
  return detector.finish();
}
