import { describe, expect, it } from 'vitest';
import {
  compoundFile,
  elfExecutable,
  htmlPage,
  plainZip,
  sampleDoc,
  sampleDocm,
  sampleDocx,
  sampleJpeg,
  sampleMsiLike,
  sampleOdt,
  samplePdf,
  samplePng,
  samplePptx,
  sampleXls,
  sampleXlsx,
  svgImage,
  windowsExecutable,
} from '../../../test/fixtures/upload-samples.ts';
import { detectFileKind, FileKindDetector } from './detect-file-kind.ts';

/** Feeds the content in uneven chunks, as a network stream would deliver it */
function detectInChunks(content: Buffer, sizes: number[], fileName = ''): ReturnType<FileKindDetector['finish']> {
  const detector = new FileKindDetector(fileName);
  let at = 0;
  for (let index = 0; at < content.length; index++) {
    const size = sizes[index % sizes.length]!;
    detector.update(content.subarray(at, at + size));
    at += size;
  }
  return detector.finish();
}

describe('detectFileKind: accepted kinds, by content', () => {
  it.each([
    ['pdf', samplePdf],
    ['png', samplePng],
    ['jpeg', async () => sampleJpeg()],
    ['docx', () => sampleDocx()],
    ['xlsx', async () => sampleXlsx()],
    ['doc', async () => sampleDoc()],
    ['xls', async () => sampleXls()],
  ] as const)('recognises a %s whatever its name, whole or in uneven chunks', async (kind, make) => {
    const content = await make();
    expect(detectFileKind(content, 'tep-khong-ten.bin')).toBe(kind);
    expect(detectInChunks(content, [1, 7, 333, 4096])).toBe(kind);
    expect(detectInChunks(content, [3])).toBe(kind);
  });

  it('finds the ZIP central directory of a large DOCX whose first entry is 1 MB', async () => {
    const content = await sampleDocx(1024 * 1024);
    expect(content.length).toBeGreaterThan(1024 * 1024);
    expect(detectInChunks(content, [65536])).toBe('docx');
  });

  it('finds Word and Excel directory entries deep in the compound file, not only after the header', () => {
    expect(detectFileKind(compoundFile(['WordDocument'], 40))).toBe('doc');
    expect(detectFileKind(compoundFile(['Book'], 40))).toBe('xls'); // Excel 5 / 95
  });

  it('lets the extension decide only between Word and Excel when a compound file holds both', () => {
    const both = compoundFile(['WordDocument', '1Table', 'Workbook']);
    expect(detectFileKind(both, 'bang-ke.xls')).toBe('xls');
    expect(detectFileKind(both, 'to-khai.doc')).toBe('doc');
    expect(detectFileKind(both, 'to-khai.pdf')).toBe('doc');
  });
});

describe('detectFileKind: refusals', () => {
  it.each([
    ['an ELF executable', elfExecutable],
    ['a Windows executable', windowsExecutable],
    ['an HTML page containing %PDF-', htmlPage],
    ['an SVG image with a script', svgImage],
    ['a ZIP that is not an office document', plainZip],
    ['an OpenDocument text', sampleOdt],
    ['a PowerPoint presentation (pptx)', samplePptx],
    ['a macro-enabled Word document (docm content)', sampleDocm],
    ['a compound file with no Word or Excel stream (msi, ppt)', sampleMsiLike],
    ['an empty file', () => Buffer.alloc(0)],
    ['plain text', () => Buffer.from('Đơn đề nghị cấp giấy phép')],
  ])('refuses %s even when named .pdf/.docx', (_label, make) => {
    const content = make();
    expect(detectFileKind(content, 'don-de-nghi.pdf')).toBeNull();
    expect(detectFileKind(content, 'don-de-nghi.docx')).toBeNull();
  });

  it('refuses a DOCX cut short (no central directory at the end)', async () => {
    const docx = await sampleDocx();
    expect(detectFileKind(docx.subarray(0, docx.length - 30))).toBeNull();
  });

  it('refuses a PNG signature not followed by an IHDR chunk', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x61, 0x62, 0x63, 0x64]);
    expect(detectFileKind(png)).toBeNull();
  });

  it('names the family from the first 8 bytes, so refusals need not wait for the end', () => {
    const detector = new FileKindDetector();
    detector.update(Buffer.from([0x4d, 0x5a, 0x90, 0x00]));
    expect(detector.family).toBeUndefined();
    detector.update(Buffer.from([0x03, 0x00, 0x00, 0x00]));
    expect(detector.family).toBeNull();

    const zip = new FileKindDetector();
    zip.update(sampleXlsx().subarray(0, 8));
    expect(zip.family).toBe('zip');
  });
});
