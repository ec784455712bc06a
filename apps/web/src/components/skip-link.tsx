import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * First focusable element on every page. Moving focus explicitly (not only the hash jump)
 * makes the next Tab continue from the main content in every browser.
 */
export function SkipLink({ targetId = MAIN_CONTENT_ID }: { targetId?: string }) {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      {t('skipLink')}
    </a>
  );
}
