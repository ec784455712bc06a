import { describe, expect, it } from 'vitest';
import { displayNameForKind, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './sanitize-file-name.ts';

describe('sanitizeFileName', () => {
  it('keeps Vietnamese letters and composes them (NFC)', () => {
    const decomposed = 'Tờ khai đăng ký khai sinh.docx'.normalize('NFD');
    expect(sanitizeFileName(decomposed)).toBe('Tờ khai đăng ký khai sinh.docx'.normalize('NFC'));
  });

  it('keeps only the last path segment', () => {
    expect(sanitizeFileName('C:\\fakepath\\Giấy CCCD.pdf')).toBe('Giấy CCCD.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..')).toBe('tep-dinh-kem');
  });

  it('removes control and bidi characters that disguise an extension', () => {
    expect(sanitizeFileName('hoso\u202Efdp.exe')).toBe('hosofdp.exe');
    expect(sanitizeFileName('a\u0000b\r\nc.pdf')).toBe('ab c.pdf');
  });

  it('replaces reserved characters, collapses spaces, trims dots', () => {
    expect(sanitizeFileName('  Đơn <mẫu>: "số 1"?.pdf  ')).toBe('Đơn _mẫu__ _số 1__.pdf');
    expect(sanitizeFileName('bản   sao\tCCCD.pdf...')).toBe('bản sao CCCD.pdf');
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf');
  });

  it('cuts long names by characters, keeping the extension', () => {
    const long = `${'Giấy chứng nhận quyền sử dụng đất '.repeat(10)}.pdf`;
    const name = sanitizeFileName(long);
    expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith('Giấy chứng nhận')).toBe(true);
    expect(sanitizeFileName('😀'.repeat(200), 10)).toBe('😀'.repeat(10));
  });

  it('falls back to a neutral name when nothing is left', () => {
    expect(sanitizeFileName('\u0001\u0002')).toBe('tep-dinh-kem');
    expect(sanitizeFileName('')).toBe('tep-dinh-kem');
  });
});

describe('displayNameForKind', () => {
  it('keeps a name whose extension matches the content', () => {
    expect(displayNameForKind('ảnh.JPG', 'jpeg')).toBe('ảnh.JPG');
    expect(displayNameForKind('to-khai.docx', 'docx')).toBe('to-khai.docx');
  });

  it('adds the real extension when the name claims another kind', () => {
    expect(displayNameForKind('scan.pdf', 'png')).toBe('scan.pdf.png');
    expect(displayNameForKind('bang-ke', 'xlsx')).toBe('bang-ke.xlsx');
    expect(displayNameForKind('x'.repeat(400), 'pdf')).toBe(`${'x'.repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`);
  });
});
