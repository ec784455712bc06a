import MarkdownIt, { type Env, type RendererRule, type Token } from 'markdown-it';
import { slugifyVietnamese, type TGuideLocale, type TGuideRendered, type TGuideTocEntry } from '@portal/domain';

/**
 * The one Markdown renderer of the guides: the public page and the admin's live preview
 * both call it, so an administrator sees exactly what citizens will see.
 *
 * Safety does not rely on cleaning HTML afterwards: raw HTML is off, so `<script>`,
 * `<img onerror>` and every other tag an author types come out as escaped text, and
 * markdown-it escapes every attribute it writes. What is left to decide is which URLs
 * may appear in `href` and `src`; that is an allowlist (`classifyUrl`), checked by
 * markdown-it before it creates any link or image (links, autolinks, references, linkify).
 */

export type UrlKind = 'internal' | 'external' | 'contact';

/** Characters browsers drop or ignore when they read a URL's scheme (C0/C1 controls and space). */
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * What a URL is, or null when it may not appear in a guide. Allowed: http(s), mailto:,
 * tel:, and same-site relative references (`/thu-tuc`, `#muc-1`, `?q=`, `tra-cuu`).
 * Everything else is refused, in any letter case and whatever whitespace or control
 * characters are hidden in it: javascript:, vbscript:, data:, file:, blob:, and
 * protocol-relative `//host` (another site dressed as a path).
 */
export function classifyUrl(raw: string, siteOrigin?: string): UrlKind | null {
  const url = raw.replace(IGNORED_BY_BROWSERS, '');
  // A character reference markdown-it left undecoded (`&#0;`, `&#x01;`) is only ever a
  // try at hiding a character from this check; so is a backslash, which browsers read as "/".
  if (url === '' || url.includes('\\') || url.includes('&#')) return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    return siteOrigin && parsed.origin === siteOrigin ? 'internal' : 'external';
  }
  if (scheme === 'mailto' || scheme === 'tel') return 'contact';
  if (scheme) return null;
  if (url.startsWith('//')) return null;
  // A relative reference has no colon before its first / ? #: some parsers would read one as a scheme.
  const head = url.split(/[/?#]/, 1)[0] ?? '';
  return head.includes(':') ? null : 'internal';
}

/** An image from this site: a root-relative path or an absolute URL of the site's own origin. */
const isSameSiteImage = (src: string, siteOrigin?: string): boolean =>
  classifyUrl(src, siteOrigin) === 'internal' && (src.startsWith('/') || /^https?:/i.test(src));

/** Text of an inline token's children, without markup: headings for the table of contents, summaries. */
function plainText(children: readonly Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += plainText(child.children);
  }
  return text.replace(/\s+/g, ' ').trim();
}

const TABLE_LABEL: Record<TGuideLocale, string> = { vi: 'Bảng', en: 'Table' };

/** The prefix keeps heading ids apart from the application's own ids (`main-content`, `root`…). */
const HEADING_ID_PREFIX = 'muc-';

export interface GuideRendererOptions {
  /** PUBLIC_URL's origin: absolute links to it count as internal */
  siteOrigin?: string;
}

/** What one render passes from rule to rule (markdown-it's `env`). */
interface RenderEnv extends Env {
  locale: TGuideLocale;
  tables: number;
}

export interface GuideRenderer {
  /** Safe HTML, with ids on headings and the table of contents (h2, h3) that points at them. */
  render(markdown: string, locale?: TGuideLocale): TGuideRendered;
  /** The first paragraph as plain text, at most `max` characters, cut at a word. */
  summarize(markdown: string, max?: number): string;
}

export function createGuideRenderer({ siteOrigin }: GuideRendererOptions = {}): GuideRenderer {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  // Only URLs written with their scheme, and e-mail addresses, become links by themselves:
  // "README.md" or "quyet-dinh.vn" in a sentence stays text.
  md.linkify.set({ fuzzyLink: false, fuzzyIP: false, fuzzyEmail: true });
  md.validateLink = (url: string) => classifyUrl(url, siteOrigin) !== null;

  const rules = md.renderer.rules;
  const renderToken: RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
  const defaultImage = rules.image!;

  rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (classifyUrl(String(token.attrGet('href') ?? ''), siteOrigin) === 'external') {
      token.attrSet('rel', 'noopener noreferrer');
      token.attrJoin('class', 'external-link');
    }
    return renderToken(tokens, idx, options, env, self);
  };

  // Images of other sites would let an author track readers; they are shown as their text.
  rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (!isSameSiteImage(String(token.attrGet('src') ?? ''), siteOrigin)) {
      return md.utils.escapeHtml(plainText(token.children));
    }
    token.attrSet('loading', 'lazy');
    return defaultImage(tokens, idx, options, env, self);
  };

  // Wide tables scroll sideways on a phone; the scrolling box must be reachable by keyboard.
  rules.table_open = (tokens, idx, options, env, self) => {
    const state = env as RenderEnv; // always ours: render() passes it
    state.tables += 1;
    const label = md.utils.escapeHtml(`${TABLE_LABEL[state.locale]} ${state.tables}`);
    return `<div class="guide-table" role="region" tabindex="0" aria-label="${label}">\n${renderToken(tokens, idx, options, env, self)}`;
  };
  rules.table_close = (tokens, idx, options, env, self) => `${renderToken(tokens, idx, options, env, self)}</div>\n`;

  return {
    render(markdown, locale = 'vi') {
      const env: RenderEnv = { locale, tables: 0 };
      const tokens = md.parse(markdown, env);
      const toc: TGuideTocEntry[] = [];
      const used = new Set<string>();
      for (let index = 0; index < tokens.length; index++) {
        const open = tokens[index]!;
        if (open.type !== 'heading_open') continue;
        // The page title is the only h1: a `#` heading in the body is a section (h2).
        const level = Math.max(2, Number(open.tag.slice(1)));
        const close = tokens[index + 2]!;
        open.tag = close.tag = `h${level}`;
        const text = plainText(tokens[index + 1]!.children);
        const base = `${HEADING_ID_PREFIX}${slugifyVietnamese(text, 60) || 'phan'}`;
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        open.attrSet('id', id);
        if (level <= 3 && text) toc.push({ id, text, level: level as 2 | 3 });
      }
      return { html: md.renderer.render(tokens, md.options, env), toc };
    },

    summarize(markdown, max = 220) {
      const tokens = md.parse(markdown, { locale: 'vi', tables: 0 } satisfies RenderEnv);
      // A top-level paragraph first (not a list item or a quote), else any text at all.
      const paragraph =
        tokens.find((token, index) => token.type === 'inline' && tokens[index - 1]?.type === 'paragraph_open' && tokens[index - 1]!.level === 0 && plainText(token.children)) ??
        tokens.find((token) => token.type === 'inline' && plainText(token.children));
      const text = paragraph ? plainText(paragraph.children) : '';
      if (text.length <= max) return text;
      const cut = text.slice(0, max - 1);
      const space = cut.lastIndexOf(' ');
      return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
    },
  };
}
