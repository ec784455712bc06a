/**
 * `Content-Disposition: attachment` with a Vietnamese file name that every browser
 * keeps (RFC 6266 + RFC 5987): an ASCII fallback for old clients in `filename`, the
 * real name percent-encoded as UTF-8 in `filename*`.
 *   "Tờ khai đăng ký khai sinh.docx" →
 *   attachment; filename="To khai dang ky khai sinh.docx"; filename*=UTF-8''T%E1%BB%9D%20khai%20...
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.normalize('NFC').replace(/[\r\n/\\]+/g, ' ').trim() || 'file';
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
