import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const message = {
  id: 'm1',
  receivedAt: '2026-03-02T01:05:00.000Z',
  from: '"Cổng Dịch vụ công trực tuyến" <no-reply@localhost>',
  to: ['an@example.vn'],
  subject: 'Kích hoạt tài khoản Cổng Dịch vụ công',
  text: 'Kích hoạt tài khoản: http://localhost:3000/kich-hoat#token=abc',
  html: '<html><head><title>x</title></head><body><a href="http://localhost:3000/kich-hoat#token=abc">Kích hoạt tài khoản</a><script>alert(1)</script></body></html>',
  links: ['http://localhost:3000/kich-hoat#token=abc'],
};

describe('/dev/mailbox', () => {
  it('lists the messages and opens one in a sandboxed frame whose links open in the page', async () => {
    mockFetch({ '/api/v1/me': () => problem({ type: 'x', title: 'x', status: 401, code: 'UNAUTHENTICATED' }), '/api/dev/mailbox': () => json({ items: [message] }) });
    const { user } = renderApp('/dev/mailbox');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'an@example.vn' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '08:05 02/03/2026' })).toBeInTheDocument();
    await user.click(within(table).getByRole('link', { name: 'Kích hoạt tài khoản Cổng Dịch vụ công' }));

    const frame = await screen.findByTitle('Nội dung thư: Kích hoạt tài khoản Cổng Dịch vụ công');
    const sandbox = frame.getAttribute('sandbox')!.split(' ');
    expect(sandbox).not.toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    expect(sandbox).toContain('allow-top-navigation-by-user-activation');
    expect(frame.getAttribute('srcdoc')).toContain('<head><base target="_top"><title>');
    expect(screen.getByRole('link', { name: 'http://localhost:3000/kich-hoat#token=abc' })).toHaveAttribute('href', message.links[0]);
  });

  it('says when the server runs no mailbox (production)', async () => {
    mockFetch({ '/api/v1/me': () => problem({ type: 'x', title: 'x', status: 401, code: 'UNAUTHENTICATED' }) });
    renderApp('/dev/mailbox');
    expect(await screen.findByText('Hộp thư phát triển không bật trên máy chủ này.')).toBeInTheDocument();
  });
});
