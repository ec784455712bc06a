import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../test/fetch-mock.ts';
import { renderApp } from '../test/render.tsx';

describe('routes', () => {
  it.each([
    ['/tra-cuu', 'Tra cứu hồ sơ'],
    ['/thong-ke', 'Thống kê tình hình giải quyết hồ sơ'],
    ['/huong-dan', 'Hướng dẫn sử dụng'],
    ['/hoi-dap', 'Hỏi đáp'],
    ['/van-ban', 'Văn bản pháp luật'],
    ['/dang-nhap', 'Đăng nhập'],
    ['/dang-ky', 'Đăng ký tài khoản'],
    ['/can-bo/dang-nhap', 'Cán bộ đăng nhập'],
    ['/ca-nhan', 'Hồ sơ cá nhân'],
    ['/ca-nhan/ho-so', 'Hồ sơ đã đăng ký'],
    ['/can-bo', 'Trang làm việc của cán bộ'],
  ])('%s is a titled page that says it is under construction', (url, title) => {
    mockFetch({});
    renderApp(url);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText('Chức năng đang được xây dựng')).toBeInTheDocument();
    expect(document.title).toBe(`${title} | Cổng Dịch vụ công trực tuyến`);
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
