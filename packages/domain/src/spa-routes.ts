/**
 * Every address the SPA has a page for, as React Router path patterns. The API serves
 * index.html with 200 only for these (404 with the SPA's not-found page otherwise), and
 * builds robots.txt and the sitemap from them; the SPA's router test checks that its
 * route tree declares exactly these, so the two cannot drift apart. Plain data: the API
 * imports it without React.
 */
export const SPA_ROUTE_PATTERNS = [
  // Public
  '/',
  '/thu-tuc',
  '/thu-tuc/:idOrCode',
  '/dich-vu-cong-truc-tuyen',
  '/tra-cuu',
  '/thong-ke',
  '/huong-dan',
  '/huong-dan/:slug',
  '/hoi-dap',
  '/hoi-dap/:id',
  '/van-ban',
  '/van-ban/:id',
  '/dang-nhap',
  '/dang-ky',
  '/can-bo/dang-nhap',
  '/kich-hoat',
  '/quen-mat-khau',
  '/dat-lai-mat-khau',
  '/xac-nhan-email',
  '/nop-ho-so-khong-tai-khoan/:idOrCode',
  '/ho-so/xac-nhan',
  '/dev/mailbox',
  // Citizens
  '/ca-nhan',
  '/ca-nhan/ho-so',
  '/ca-nhan/ho-so/:id',
  '/ca-nhan/ho-so/:id/sua',
  '/ca-nhan/ho-so/:id/bo-sung',
  '/ca-nhan/thong-tin',
  '/ca-nhan/nop-ho-so/:idOrCode',
  // Staff
  '/can-bo',
  '/can-bo/ho-so',
  '/can-bo/ho-so/:id',
  '/can-bo/hoi-dap',
  '/can-bo/nhan-loi-moi',
  '/can-bo/quan-tri',
  '/can-bo/quan-tri/co-quan',
  '/can-bo/quan-tri/thu-tuc',
  '/can-bo/quan-tri/thu-tuc/moi',
  '/can-bo/quan-tri/thu-tuc/:id',
  '/can-bo/quan-tri/can-bo',
  '/can-bo/quan-tri/lich-lam-viec',
  '/can-bo/quan-tri/mau-email',
  '/can-bo/quan-tri/nhat-ky',
  '/can-bo/quan-tri/huong-dan',
  '/can-bo/quan-tri/huong-dan/moi',
  '/can-bo/quan-tri/huong-dan/:id',
  '/can-bo/quan-tri/van-ban',
  '/can-bo/quan-tri/van-ban/moi',
  '/can-bo/quan-tri/van-ban/:id',
  '/can-bo/quan-tri/ung-dung-tich-hop',
  '/can-bo/quan-tri/ung-dung-tich-hop/moi',
  '/can-bo/quan-tri/ung-dung-tich-hop/:id',
] as const;

export type TSpaRoutePattern = (typeof SPA_ROUTE_PATTERNS)[number];

/** The page of one procedure of the catalogue: the API also checks that it is published. */
export const SPA_PROCEDURE_PATTERN = '/thu-tuc/:idOrCode' satisfies TSpaRoutePattern;

/** Public pages without parameters that search engines may list (sitemap.xml). */
export const SPA_SITEMAP_PAGES = ['/', '/thu-tuc', '/dich-vu-cong-truc-tuyen', '/tra-cuu', '/thong-ke', '/hoi-dap', '/van-ban', '/huong-dan'] as const satisfies readonly TSpaRoutePattern[];

/** Areas robots.txt keeps crawlers out of: personal and staff pages, the API, one-time links. */
export const SPA_ROBOTS_DISALLOW = [
  '/ca-nhan',
  '/can-bo',
  '/api/',
  '/dev/',
  '/kich-hoat',
  '/dat-lai-mat-khau',
  '/xac-nhan-email',
  '/ho-so/xac-nhan',
  '/nop-ho-so-khong-tai-khoan/',
] as const;

export interface SpaRouteMatch {
  pattern: TSpaRoutePattern;
  /** Decoded values of the `:name` segments */
  params: Record<string, string>;
}

const compiled = SPA_ROUTE_PATTERNS.map((pattern) => ({
  pattern,
  segments: pattern.split('/').filter(Boolean),
}));

/**
 * The pattern a pathname (no query, still percent-encoded) is a page of, or null. Like
 * React Router: case-insensitive static segments, an optional trailing slash, a
 * parameter is one non-empty segment; static segments win over parameters.
 */
export function matchSpaRoute(pathname: string): SpaRouteMatch | null {
  const segments = pathname.split('/').filter((segment, index, all) => segment !== '' || (index > 0 && index < all.length - 1));
  if (segments.some((segment) => segment === '')) return null;
  let best: { match: SpaRouteMatch; statics: number } | null = null;
  for (const route of compiled) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let statics = 0;
    let matches = true;
    for (let index = 0; index < segments.length && matches; index++) {
      const expected = route.segments[index]!;
      const actual = segments[index]!;
      if (expected.startsWith(':')) {
        try {
          params[expected.slice(1)] = decodeURIComponent(actual);
        } catch {
          matches = false;
        }
      } else if (expected.toLowerCase() === actual.toLowerCase()) {
        statics += 1;
      } else {
        matches = false;
      }
    }
    if (matches && (!best || statics > best.statics)) best = { match: { pattern: route.pattern, params }, statics };
  }
  return best?.match ?? null;
}
