import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { renderMail } from '../mail/templates.ts';
import { extractLinks, parseMessage } from './mailbox.ts';

describe('dev mailbox parsing', () => {
  it('reads back what nodemailer writes: encoded Vietnamese subject and sender name, HTML, text and links', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const link = 'http://localhost:3000/kich-hoat#token=abc&x=1';
    const mail = renderMail('activation', 'vi', { displayName: 'Lò Văn Thắng', username: 'thang', link, expiresInHours: 48 });
    const info = await transport.sendMail({ from: '"Cổng Dịch vụ công trực tuyến" <no-reply@localhost>', to: 'thang@example.vn', ...mail });
    const raw = info.message as Buffer;
    expect(raw.toString()).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);

    const message = await parseMessage(raw, ['thang@example.vn']);
    expect(message).toMatchObject({
      subject: 'Kích hoạt tài khoản Cổng Dịch vụ công',
      from: 'Cổng Dịch vụ công trực tuyến <no-reply@localhost>',
      to: ['thang@example.vn'],
    });
    expect(message.html).toContain('Xin chào Lò Văn Thắng,');
    expect(message.text).toContain(link);
    expect(message.links).toEqual([link]);
  });

  it('keeps http(s) links once each, decoding &amp;', () => {
    expect(extractLinks('<a href="https://a.vn/x?a=1&amp;b=2">x</a><a href="mailto:x@y">m</a><a href="https://a.vn/x?a=1&amp;b=2">again</a>', '')).toEqual([
      'https://a.vn/x?a=1&b=2',
    ]);
    expect(extractLinks(null, 'Mở http://localhost/kich-hoat#token=1 để kích hoạt')).toEqual(['http://localhost/kich-hoat#token=1']);
  });
});
