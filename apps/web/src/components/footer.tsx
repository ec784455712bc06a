import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths.ts';

export interface FooterProps {
  portalName?: string | undefined;
  /** The body that runs the portal, e.g. "Văn phòng Ủy ban nhân dân tỉnh …" */
  agencyName?: string | null | undefined;
  address?: string | null | undefined;
  hotline?: string | null | undefined;
  email?: string | null | undefined;
}

export function Footer({ portalName, agencyName, address, hotline, email }: FooterProps) {
  const { t } = useTranslation();
  const pending = <span className="site-footer__pending">{t('footer.pending')}</span>;
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <section className="site-footer__contact" aria-labelledby="footer-portal-name">
          {/* Labels follow the interface; the province's names and address stay Vietnamese (WCAG 3.1.2). */}
          <h2 id="footer-portal-name" className="site-footer__title" lang={portalName ? 'vi' : undefined}>
            {portalName || t('app.name')}
          </h2>
          <dl className="site-footer__facts">
            <div>
              <dt>{t('footer.governingBody')}</dt>
              <dd lang={agencyName ? 'vi' : undefined}>{agencyName || pending}</dd>
            </div>
            <div>
              <dt>{t('footer.address')}</dt>
              <dd lang={address ? 'vi' : undefined}>{address || pending}</dd>
            </div>
            <div>
              <dt>{t('footer.hotline')}</dt>
              <dd>{hotline ? <a href={`tel:${hotline.replace(/[^\d+]/g, '')}`}>{hotline}</a> : pending}</dd>
            </div>
            <div>
              <dt>{t('footer.email')}</dt>
              <dd>{email ? <a href={`mailto:${email}`}>{email}</a> : pending}</dd>
            </div>
          </dl>
        </section>
        <nav className="site-footer__links" aria-labelledby="footer-links-heading">
          <h2 id="footer-links-heading" className="site-footer__title">
            {t('footer.linksHeading')}
          </h2>
          <ul>
            <li>
              <Link to={paths.guides}>{t('nav.guides')}</Link>
            </li>
            <li>
              <Link to={paths.qa}>{t('nav.qa')}</Link>
            </li>
            <li>
              <Link to={paths.lookup}>{t('pages.lookup')}</Link>
            </li>
            <li>
              <Link to={paths.legalDocs}>{t('pages.legalDocs')}</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="site-footer__bottom">
        <div className="container">
          <p>{t('footer.openSource')}</p>
        </div>
      </div>
    </footer>
  );
}
