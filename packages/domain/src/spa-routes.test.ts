import { describe, expect, it } from 'vitest';
import { SPA_ROUTE_PATTERNS, SPA_SITEMAP_PAGES, matchSpaRoute } from './spa-routes.ts';

describe('matchSpaRoute', () => {
  it.each([
    ['/', '/', {}],
    ['/thu-tuc', '/thu-tuc', {}],
    ['/thu-tuc/', '/thu-tuc', {}],
    ['/Thu-Tuc', '/thu-tuc', {}],
    ['/thu-tuc/1.009994.H18', '/thu-tuc/:idOrCode', { idOrCode: '1.009994.H18' }],
    ['/huong-dan/n%E1%BB%99p-h%E1%BB%93-s%C6%A1', '/huong-dan/:slug', { slug: 'nộp-hồ-sơ' }],
    ['/ca-nhan/ho-so/abc/bo-sung', '/ca-nhan/ho-so/:id/bo-sung', { id: 'abc' }],
    ['/can-bo/quan-tri/thu-tuc/moi', '/can-bo/quan-tri/thu-tuc/moi', {}],
    ['/can-bo/quan-tri/thu-tuc/0190', '/can-bo/quan-tri/thu-tuc/:id', { id: '0190' }],
  ])('%s is the page %s', (pathname, pattern, params) => {
    expect(matchSpaRoute(pathname)).toEqual({ pattern, params });
  });

  it.each(['/khong-co', '/thu-tuc/a/b', '/ca-nhan/ho-so/abc/xoa', '//', '/thu-tuc//x', '/huong-dan/%FF', '/api/v1/procedures'])('%s is no page', (pathname) => {
    expect(matchSpaRoute(pathname)).toBeNull();
  });

  it('lists each pattern once, and only known pages in the sitemap', () => {
    expect(new Set(SPA_ROUTE_PATTERNS).size).toBe(SPA_ROUTE_PATTERNS.length);
    for (const page of SPA_SITEMAP_PAGES) expect(matchSpaRoute(page)?.pattern).toBe(page);
  });
});
