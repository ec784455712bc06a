import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/card.tsx';
import { paths } from '../../../lib/paths.ts';

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" focusable="false">
      <path d={d} />
    </svg>
  );
}

export function GuideCards() {
  const { t } = useTranslation();
  const cards = [
    {
      to: paths.guides,
      title: t('home.guideHowToTitle'),
      text: t('home.guideHowToText'),
      icon: 'M4 5a2 2 0 0 1 2-2h12v16H6a2 2 0 0 0-2 2zM4 5v16M8 7h6M8 11h6',
    },
    {
      to: paths.lookup,
      title: t('home.guideLookupTitle'),
      text: t('home.guideLookupText'),
      icon: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM21 21l-5-5',
    },
    {
      to: paths.onlineServices,
      title: t('home.guideOnlineTitle'),
      text: t('home.guideOnlineText'),
      icon: 'M3 5h18v11H3zM8 20h8M12 16v4M7 10l3 3 6-6',
    },
  ];
  return (
    <section className="home-section" aria-labelledby="guides-heading">
      <div className="home-section__header">
        <h2 id="guides-heading">{t('home.guidesHeading')}</h2>
      </div>
      <ul className="card-grid">
        {cards.map((card) => (
          <li key={card.to}>
            <Card title={card.title} to={card.to} icon={<Icon d={card.icon} />}>
              <p>{card.text}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
