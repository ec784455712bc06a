import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it('keeps the Vietnamese name in filename* and gives an ASCII fallback', () => {
    expect(attachmentDisposition('Tờ khai đăng ký khai sinh.docx')).toBe(
      `attachment; filename="To khai dang ky khai sinh.docx"; filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh.docx`,
    );
  });

  it('round-trips through decodeURIComponent, Đ and NFD input included', () => {
    const name = 'Đơn đề nghị (mẫu 01)*.docx'.normalize('NFD');
    const header = attachmentDisposition(name);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1]!;
    expect(encoded).not.toMatch(/[()*' ]/);
    expect(decodeURIComponent(encoded)).toBe('Đơn đề nghị (mẫu 01)*.docx'.normalize('NFC'));
    expect(header).toContain('filename="Don de nghi (mau 01)*.docx"');
  });

  it('cannot be used to inject header syntax', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.docx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(/filename="([^"]*)"/.exec(header)![1]).toBe('a_b c Set-Cookie: x.docx');
  });
});
