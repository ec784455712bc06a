import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/coming-soon-page.tsx';
import type { Translation } from '../../i18n/resources.ts';

type PageKey = `pages.${keyof Translation['pages'] & string}`;

/** Route element for a planned page, titled in the current language. */
export function ComingSoonRoute({ titleKey, parent }: { titleKey: PageKey; parent?: { labelKey: PageKey; to: string } }) {
  const { t } = useTranslation();
  return (
    <ComingSoonPage
      title={t(titleKey)}
      breadcrumbs={parent ? [{ label: t(parent.labelKey), to: parent.to }] : []}
    />
  );
}
