import type { TGuideTocEntry } from '@portal/domain';
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { focusSection } from './guide-html.tsx';

interface TocNode {
  entry: TGuideTocEntry;
  children: TGuideTocEntry[];
}

/** h3 entries under the h2 before them; an h3 before any h2 stands on its own. */
export function tocTree(toc: readonly TGuideTocEntry[]): TocNode[] {
  const nodes: TocNode[] = [];
  for (const entry of toc) {
    const parent = nodes.at(-1);
    if (entry.level === 3 && parent?.entry.level === 2) parent.children.push(entry);
    else nodes.push({ entry, children: [] });
  }
  return nodes;
}

/** The guide's table of contents, from the headings the API found (`toc`). */
export function GuideToc({ toc, lang, sectionsInUrl = true }: { toc: readonly TGuideTocEntry[]; lang?: string | undefined; sectionsInUrl?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  if (toc.length === 0) return null;

  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!focusSection(id)) return;
    event.preventDefault();
    if (sectionsInUrl) void navigate({ hash: `#${id}` }, { preventScrollReset: true });
  };
  const link = (entry: TGuideTocEntry) => (
    <a href={`#${entry.id}`} onClick={(event) => onClick(event, entry.id)}>
      {entry.text}
    </a>
  );

  return (
    <nav className="guide-toc" aria-labelledby={headingId}>
      <h2 id={headingId} className="guide-toc__title">
        {t('guides.toc')}
      </h2>
      <ol className="guide-toc__list" lang={lang}>
        {tocTree(toc).map(({ entry, children }) => (
          <li key={entry.id}>
            {link(entry)}
            {children.length > 0 ? (
              <ol className="guide-toc__sublist">
                {children.map((child) => (
                  <li key={child.id}>{link(child)}</li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
