import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CardProps {
  title: ReactNode;
  /** Heading level inside the surrounding section. */
  headingLevel?: 2 | 3 | 4;
  /** Makes the whole card a single link target (the title carries the link). */
  to?: string;
  icon?: ReactNode;
  children?: ReactNode;
  className?: string;
}

export function Card({ title, headingLevel = 3, to, icon, children, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={['card', to ? 'card--link' : '', className].filter(Boolean).join(' ')}>
      {icon ? (
        <span className="card__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Heading className="card__title">
        {to ? (
          <Link to={to} className="card__link">
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {children ? <div className="card__body">{children}</div> : null}
    </div>
  );
}
