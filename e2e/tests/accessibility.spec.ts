import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type Page, type WorkerInfo } from '@playwright/test';
import { draftDossier, sendDossier } from './support/api.ts';
import { accountNav, signIn } from './support/portal.ts';

/**
 * Issue 16, "What I will check": axe (WCAG 2.1 A and AA) on every page of the portal at
 * 1366 px and at 360 px, logged in where the page needs it: zero violations; and at 360 px
 * no horizontal scroll (the page is no wider than the window). One test per page and
 * width, so a failure names both.
 *
 * Each audience signs in once per worker (worker fixtures): a citizen (congdan), a clerk of
 * Sở Xây dựng (motcua) and the system administrator (quantri), each in a browser context of
 * its own. The citizen sends one dossier to Sở Xây dựng (the clerk opens it) and keeps one
 * draft (its edit form).
 */

const WIDTHS = [1366, 360] as const;
const HEIGHT = { 1366: 768, 360: 740 } as const;
const PROCEDURE = '1.009995.H18'; // Điều chỉnh giấy phép xây dựng (Sở Xây dựng, motcua's agency)
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Audience = 'public' | 'citizen' | 'staff' | 'admin';

/** What the page list needs from the demo data and the dossiers made for the sweep */
interface Fixture {
  procedureId: string;
  legalDocumentId: string;
  guideSlug: string;
  questionId: string;
  sentDossierId: string;
  draftDossierId: string;
}

interface Sweep {
  citizen: Page;
  staff: Page;
  admin: Page;
  data: Fixture;
}

async function signedIn(browser: Browser, workerInfo: WorkerInfo, entry: '/dang-nhap' | '/can-bo/dang-nhap', username: string): Promise<Page> {
  const { baseURL, locale, timezoneId } = workerInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  await signIn(page, entry, username);
  await expect(accountNav(page).getByRole('button', { name: /^Xin chào/ })).toBeVisible();
  return page;
}

const test = base.extend<object, { sweep: Sweep }>({
  sweep: [
    async ({ browser }, use, workerInfo) => {
      const citizen = await signedIn(browser, workerInfo, '/dang-nhap', 'congdan');
      const staff = await signedIn(browser, workerInfo, '/can-bo/dang-nhap', 'motcua');
      const admin = await signedIn(browser, workerInfo, '/can-bo/dang-nhap', 'quantri');
      const json = async <T,>(path: string): Promise<T> => {
        const answer = await citizen.request.get(path);
        expect(answer.status(), path).toBe(200);
        return (await answer.json()) as T;
      };
      const items = <T,>(body: T[] | { items: T[] }) => (Array.isArray(body) ? body : body.items);
      const procedure = await json<{ id: string }>(`/api/v1/procedures/${PROCEDURE}`);
      const legalDocument = items(await json<Array<{ id: string }> | { items: Array<{ id: string }> }>('/api/v1/legal-documents'))[0]!;
      const guide = items(await json<Array<{ slug: string }> | { items: Array<{ slug: string }> }>('/api/v1/guides'))[0]!;
      const question = items(await json<Array<{ id: string }> | { items: Array<{ id: string }> }>('/api/v1/questions'))[0]!;
      const sent = await sendDossier(citizen, PROCEDURE);
      const draft = await draftDossier(citizen, PROCEDURE);
      await use({
        citizen,
        staff,
        admin,
        data: {
          procedureId: procedure.id,
          legalDocumentId: legalDocument.id,
          guideSlug: guide.slug,
          questionId: question.id,
          sentDossierId: sent.id,
          draftDossierId: draft.id,
        },
      });
      for (const page of [citizen, staff, admin]) await page.context().close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

interface PageCase {
  name: string;
  audience: Audience;
  path: (data: Fixture) => string;
}

const PAGES: PageCase[] = [
  // Public
  { name: 'home', audience: 'public', path: () => '/' },
  { name: 'catalogue', audience: 'public', path: () => '/thu-tuc' },
  { name: 'catalogue search', audience: 'public', path: () => `/thu-tuc?q=${encodeURIComponent('giấy phép xây dựng')}` },
  { name: 'online services', audience: 'public', path: () => '/dich-vu-cong-truc-tuyen' },
  { name: 'procedure page', audience: 'public', path: () => `/thu-tuc/${PROCEDURE}` },
  { name: 'form without an account', audience: 'public', path: () => `/nop-ho-so-khong-tai-khoan/${PROCEDURE}` },
  { name: 'lookup', audience: 'public', path: () => '/tra-cuu' },
  { name: 'guides', audience: 'public', path: () => '/huong-dan' },
  { name: 'one guide', audience: 'public', path: (data) => `/huong-dan/${encodeURIComponent(data.guideSlug)}` },
  { name: 'legal documents', audience: 'public', path: () => '/van-ban' },
  { name: 'one legal document', audience: 'public', path: (data) => `/van-ban/${data.legalDocumentId}` },
  { name: 'questions and answers, ask form', audience: 'public', path: () => '/hoi-dap' },
  { name: 'one question', audience: 'public', path: (data) => `/hoi-dap/${data.questionId}` },
  { name: 'statistics', audience: 'public', path: () => '/thong-ke' },
  { name: 'login', audience: 'public', path: () => '/dang-nhap' },
  { name: 'staff login', audience: 'public', path: () => '/can-bo/dang-nhap' },
  { name: 'register', audience: 'public', path: () => '/dang-ky' },
  { name: 'forgot password', audience: 'public', path: () => '/quen-mat-khau' },
  { name: 'not found', audience: 'public', path: () => '/khong-co-trang-nay' },
  // Citizen
  { name: 'citizen dashboard', audience: 'citizen', path: () => '/ca-nhan' },
  { name: 'citizen dossier list', audience: 'citizen', path: () => '/ca-nhan/ho-so' },
  { name: 'citizen dossier page', audience: 'citizen', path: (data) => `/ca-nhan/ho-so/${data.sentDossierId}` },
  { name: 'citizen dossier form (new)', audience: 'citizen', path: () => `/ca-nhan/nop-ho-so/${PROCEDURE}` },
  { name: 'citizen dossier form (draft)', audience: 'citizen', path: (data) => `/ca-nhan/ho-so/${data.draftDossierId}/sua` },
  { name: 'citizen profile', audience: 'citizen', path: () => '/ca-nhan/thong-tin' },
  // Staff
  { name: 'staff home', audience: 'staff', path: () => '/can-bo' },
  { name: 'staff inbox', audience: 'staff', path: () => '/can-bo/ho-so' },
  { name: 'staff dossier page', audience: 'staff', path: (data) => `/can-bo/ho-so/${data.sentDossierId}` },
  { name: 'staff questions', audience: 'staff', path: () => '/can-bo/hoi-dap' },
  // Administration
  { name: 'admin home', audience: 'admin', path: () => '/can-bo/quan-tri' },
  { name: 'admin agencies', audience: 'admin', path: () => '/can-bo/quan-tri/co-quan' },
  { name: 'admin procedures', audience: 'admin', path: () => '/can-bo/quan-tri/thu-tuc' },
  { name: 'admin procedure editor', audience: 'admin', path: (data) => `/can-bo/quan-tri/thu-tuc/${data.procedureId}` },
  { name: 'admin accounts', audience: 'admin', path: () => '/can-bo/quan-tri/can-bo' },
  { name: 'admin calendar', audience: 'admin', path: () => '/can-bo/quan-tri/lich-lam-viec' },
  { name: 'admin mail templates', audience: 'admin', path: () => '/can-bo/quan-tri/mau-email' },
  { name: 'admin audit log', audience: 'admin', path: () => '/can-bo/quan-tri/nhat-ky' },
  { name: 'admin guides', audience: 'admin', path: () => '/can-bo/quan-tri/huong-dan' },
  { name: 'admin legal documents', audience: 'admin', path: () => '/can-bo/quan-tri/van-ban' },
  { name: 'admin API clients', audience: 'admin', path: () => '/can-bo/quan-tri/ung-dung-tich-hop' },
  { name: 'admin new API client', audience: 'admin', path: () => '/can-bo/quan-tri/ung-dung-tich-hop/moi' },
];

/**
 * Known violations another helper of issue 16 is fixing, as `name@width` → the defect:
 * those cases are marked fixme (skipped, listed in the report) until the fix lands.
 */
const KNOWN: Record<string, string> = {};

/** Waits for the page's content: the heading shown, no request in flight, no "Đang tải…" left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main h1, h1').first()).toBeVisible();
  await expect(page.locator('.spinner')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

for (const pageCase of PAGES) {
  for (const width of WIDTHS) {
    const known = KNOWN[`${pageCase.name}@${width}`];
    test(`${pageCase.name} (${pageCase.audience}) at ${width} px: no axe violation${width === 360 ? ', no horizontal scroll' : ''}`, async ({ page: anonymous, sweep }) => {
      test.fixme(Boolean(known), known);
      const page = pageCase.audience === 'public' ? anonymous : sweep[pageCase.audience];
      await page.setViewportSize({ width, height: HEIGHT[width] });
      const path = pageCase.path(sweep.data);
      await page.goto(path);
      await settled(page);

      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')}`,
      );
      expect.soft(violations, `axe violations on ${path} at ${width} px`).toEqual([]);

      if (width === 360) {
        const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
          // When the page is too wide: the element reaching furthest right outside any scroll
          // region of its own, to say what overflows (absolutely positioned elements escape a
          // scroll region that is not their containing block: they count).
          let widest = '';
          if (document.documentElement.scrollWidth > window.innerWidth) {
            let right = window.innerWidth;
            const inScroller = (element: Element) => {
              if (getComputedStyle(element).position === 'absolute') return false;
              for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
                if (getComputedStyle(parent).overflowX !== 'visible') return true;
              }
              return false;
            };
            for (const element of Array.from(document.body.querySelectorAll('*'))) {
              const box = element.getBoundingClientRect();
              if (box.right > right + 0.5 && getComputedStyle(element).position !== 'fixed' && !inScroller(element)) {
                right = box.right;
                widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${Array.from(element.classList).join('.')}` : ''} (right edge ${Math.round(box.right)} px)`;
              }
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
        });
        expect.soft(scrollWidth, `document width on ${path} at 360 px; widest: ${widest}`).toBeLessThanOrEqual(innerWidth);
      }
    });
  }
}
