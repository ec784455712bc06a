import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Moves to a section of the page: scrolls its heading into view and gives it focus, so
 * the next Tab continues from there and a screen reader reads it (a bare hash jump does
 * neither reliably). Returns false when there is no such section.
 */
export function focusSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'start' });
  return true;
}

/**
 * A guide's HTML as the API rendered it. It is inserted as it is: the API renders
 * Markdown with raw HTML off and an allowlist of URLs, so it holds no script, handler or
 * foreign image (apps/api/src/features/guides/markdown.ts). Clicks on its links stay in
 * the single-page app: `#…` moves to the section, portal addresses navigate without a
 * reload; other sites open normally.
 */
export function GuideHtml({ html, lang, sectionsInUrl = true }: { html: string; lang?: string | undefined; sectionsInUrl?: boolean }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || !event.currentTarget.contains(anchor)) return;
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      if (!focusSection(decodeURIComponent(href.slice(1)))) return;
      event.preventDefault();
      if (sectionsInUrl) void navigate({ hash: href }, { preventScrollReset: true });
      return;
    }
    const url = new URL(anchor.href, window.location.href);
    // Files and the API are served by the server itself, not by the app's routes.
    if (url.origin !== window.location.origin || anchor.target || anchor.hasAttribute('download') || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    void navigate(`${url.pathname}${url.search}${url.hash}`);
  };
  // The links inside are real <a> elements: Enter on a focused link fires this click too.
  return <div className="guide-content" lang={lang} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
