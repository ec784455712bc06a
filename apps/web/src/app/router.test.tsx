import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account } from '../test/accounts.ts';
import { json, mockFetch, problem } from '../test/fetch-mock.ts';
import { renderApp } from '../test/render.tsx';

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập để tiếp tục', status: 401, code: 'UNAUTHENTICATED' });

describe('routes', () => {
  it.each([
    ['/van-ban', 'Văn bản pháp luật'],
  ])('%s is the titled public page %s, no longer under construction', (url, title) => {
    mockFetch({});
    renderApp(url);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.queryByText('Chức năng đang được xây dựng')).not.toBeInTheDocument();
    expect(document.title).toBe(`${title} | Cổng Dịch vụ công trực tuyến`);
  });

  it.each([
    ['/dang-nhap', 'Đăng nhập'],
    ['/dang-ky', 'Đăng ký tài khoản'],
    ['/can-bo/dang-nhap', 'Cán bộ đăng nhập'],
    ['/quen-mat-khau', 'Quên mật khẩu'],
  ])('%s is the account page %s', async (url, title) => {
    mockFetch({ '/api/v1/me': signedOut });
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.queryByText('Chức năng đang được xây dựng')).not.toBeInTheDocument();
  });

  it.each([
    ['/ca-nhan/ho-so', '/dang-nhap', 'Đăng nhập'],
    ['/ca-nhan/thong-tin', '/dang-nhap', 'Đăng nhập'],
    ['/can-bo', '/can-bo/dang-nhap', 'Cán bộ đăng nhập'],
  ])('%s sends a signed-out visitor to %s with the way back', async (url, login, title) => {
    mockFetch({ '/api/v1/me': signedOut });
    const { router } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(login);
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(url);
  });

  it('shows the citizen area to a signed-in citizen', async () => {
    mockFetch({ '/api/v1/me': () => json(account()) });
    renderApp('/ca-nhan/ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ đã đăng ký' })).toBeInTheDocument();
  });

  it('does not show the staff workspace to a citizen', async () => {
    mockFetch({ '/api/v1/me': () => json(account()) });
    renderApp('/can-bo');
    expect(await screen.findByText(/Trang này dành cho cán bộ/)).toBeInTheDocument();
  });

  it('answers unknown addresses with a 404 page', () => {
    mockFetch({});
    renderApp('/khong-co-trang-nay');
    expect(screen.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
  });

  it('has the landmarks a screen reader expects', () => {
    mockFetch({});
    renderApp('/huong-dan');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Phần mềm nguồn mở');
  });
});
