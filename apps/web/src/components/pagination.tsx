import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface PageLink {
  to: string;
  /** Router state carried along, e.g. the cursors of earlier pages. */
  state?: unknown;
}

export interface PaginationProps {
  first?: PageLink | null;
  previous?: PageLink | null;
  next?: PageLink | null;
}

/**
 * Cursor pagination as plain links, so pages can be opened in a new tab, bookmarked and
 * followed with the keyboard. The API only gives a next cursor; "previous" exists when
 * the caller remembered how the user got here.
 */
export function Pagination({ first, previous, next }: PaginationProps) {
  const { t } = useTranslation();
  if (!first && !previous && !next) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        {first ? (
          <li>
            <Link to={first.to} state={first.state} className="pagination__link">
              <span aria-hidden="true">« </span>
              {t('pagination.first')}
            </Link>
          </li>
        ) : null}
        {previous ? (
          <li>
            <Link to={previous.to} state={previous.state} className="pagination__link">
              <span aria-hidden="true">‹ </span>
              {t('pagination.previous')}
            </Link>
          </li>
        ) : null}
        {next ? (
          <li className="pagination__next">
            <Link to={next.to} state={next.state} className="pagination__link">
              {t('pagination.next')}
              <span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
