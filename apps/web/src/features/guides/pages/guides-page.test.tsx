import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });

const CITIZEN_VI = { slug: 'cong-dan', locale: 'vi', fallback: false, title: 'Hướng dẫn sử dụng dành cho công dân, tổ chức', summary: 'Cổng giúp công dân nộp hồ sơ qua mạng.', updatedAt: '2026-12-05T03:00:00.000Z' };
const CITIZEN_EN = { ...CITIZEN_VI, locale: 'en', title: 'User guide for citizens and organisations', summary: 'The portal lets citizens apply online.' };
const STAFF_VI_ONLY = { slug: 'can-bo', locale: 'vi', fallback: true, title: 'Hướng dẫn dành cho cán bộ', summary: 'Dành cho cán bộ một cửa.', updatedAt: '2026-12-01T03:00:00.000Z' };

const PAGE = {
  slug: 'cong-dan',
  locale: 'vi',
  requestedLocale: 'vi',
  fallback: false,
  title: CITIZEN_VI.title,
  updatedAt: '2026-12-05T03:00:00.000Z',
  locales: ['vi', 'en'],
  html:
    '<p>Xem <a href="#muc-2-kich-hoat">mục 2</a> hoặc <a href="/tra-cuu">Tra cứu</a>.</p>\n' +
    '<h2 id="muc-1-dang-ky">1. Đăng ký</h2>\n<h3 id="muc-buoc-1">Bước 1</h3>\n<h2 id="muc-2-kich-hoat">2. Kích hoạt</h2>\n<p>Mở thư kích hoạt.</p>\n' +
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
  toc: [
    { id: 'muc-1-dang-ky', text: '1. Đăng ký', level: 2 },
    { id: 'muc-buoc-1', text: 'Bước 1', level: 3 },
    { id: 'muc-2-kich-hoat', text: '2. Kích hoạt', level: 2 },
  ],
};

describe('Hướng dẫn (list)', () => {
  it('shows one card per published guide, with its first paragraph and date, linking to the guide', async () => {
    const { requested } = mockFetch({ '/api/v1/me': signedOut, '/api/v1/guides': () => json({ items: [CITIZEN_VI, { ...STAFF_VI_ONLY, fallback: false }], nextCursor: null }) });
    renderApp('/huong-dan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Danh sách hướng dẫn' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: CITIZEN_VI.title })).toHaveAttribute('href', '/huong-dan/cong-dan');
    expect(within(cards[0]!).getByText(CITIZEN_VI.summary)).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Cập nhật ngày 05/12/2026')).toBeInTheDocument();
    expect(requested().find((url) => url.pathname === '/api/v1/guides')?.searchParams.get('locale')).toBe('vi');
  });

  it('follows the interface language and marks a guide that exists only in Vietnamese', async () => {
    await i18n.changeLanguage('en');
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/guides': (url) => json({ items: url.searchParams.get('locale') === 'en' ? [CITIZEN_EN, STAFF_VI_ONLY] : [CITIZEN_VI], nextCursor: null }),
    });
    renderApp('/huong-dan');
    expect(await screen.findByRole('link', { name: CITIZEN_EN.title })).toBeInTheDocument();
    const staffCard = screen.getByRole('link', { name: STAFF_VI_ONLY.title }).closest('li')!;
    expect(within(staffCard).getByText('In Vietnamese')).toBeInTheDocument();
    expect(within(staffCard).getByText(STAFF_VI_ONLY.title)).toHaveAttribute('lang', 'vi');
  });

  it('says so when nothing is published', async () => {
    mockFetch({ '/api/v1/me': signedOut, '/api/v1/guides': () => json({ items: [], nextCursor: null }) });
    renderApp('/huong-dan');
    expect(await screen.findByText('Chưa có hướng dẫn nào được đăng.')).toHaveAttribute('role', 'status');
  });
});

describe('Hướng dẫn (one guide)', () => {
  it('shows the rendered page with its table of contents; a contents link moves to its section', async () => {
    mockFetch({ '/api/v1/me': signedOut, '/api/v1/guides/cong-dan': () => json(PAGE) });
    const { user, router } = renderApp('/huong-dan/cong-dan');
    expect(await screen.findByRole('heading', { level: 1, name: PAGE.title })).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: 'Mục lục' });
    expect(within(toc).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['1. Đăng ký', '#muc-1-dang-ky'],
      ['Bước 1', '#muc-buoc-1'],
      ['2. Kích hoạt', '#muc-2-kich-hoat'],
    ]);
    // Sub-sections are nested under their section.
    expect(within(toc).getByRole('link', { name: 'Bước 1' }).closest('ol')).toHaveClass('guide-toc__sublist');

    await user.click(within(toc).getByRole('link', { name: '2. Kích hoạt' }));
    const section = screen.getByRole('heading', { level: 2, name: '2. Kích hoạt' });
    expect(section).toHaveFocus();
    expect(router.state.location.hash).toBe('#muc-2-kich-hoat');

    // Escaped markup from the API stays text.
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('.guide-content script')).toBeNull();
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'vi');
    expect(screen.getByRole('button', { name: 'In hướng dẫn' })).toBeInTheDocument();
  });

  it('a link to another page of the portal navigates inside the app', async () => {
    mockFetch({ '/api/v1/me': signedOut, '/api/v1/guides/cong-dan': () => json(PAGE) });
    const { user, router } = renderApp('/huong-dan/cong-dan');
    await user.click(await within(await screen.findByRole('article')).findByRole('link', { name: 'Tra cứu' }));
    expect(router.state.location.pathname).toBe('/tra-cuu');
  });

  it('asks in the interface language and says when only the Vietnamese page exists', async () => {
    await i18n.changeLanguage('en');
    const { requested } = mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/guides/can-bo': () => json({ ...PAGE, slug: 'can-bo', requestedLocale: 'en', fallback: true, locales: ['vi'], title: 'Hướng dẫn dành cho cán bộ' }),
    });
    renderApp('/huong-dan/can-bo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hướng dẫn dành cho cán bộ' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('This guide has no English version yet; the Vietnamese version is shown below.');
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    expect(requested().find((url) => url.pathname === '/api/v1/guides/can-bo')?.searchParams.get('locale')).toBe('en');
  });

  it('an unknown guide says it does not exist and links back to the list', async () => {
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/guides/khong-co': () => problem({ type: 'about:blank', title: 'Không tìm thấy trang hướng dẫn', status: 404, code: 'GUIDE_NOT_FOUND' }),
    });
    renderApp('/huong-dan/khong-co');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hướng dẫn' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tất cả hướng dẫn' })).toHaveAttribute('href', '/huong-dan');
  });
});
