import { useEffect, useId, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the control the message is about; omit for a message about the whole form */
  target?: string | undefined;
  message: string;
}

/**
 * The box at the top of a form after a failed submit: it takes focus so keyboard and
 * screen-reader users hear what went wrong, and each message links to its field.
 * `attempt` changes on every submit, so the box is focused again each time.
 */
export function ErrorSummary({ title, items, attempt }: { title: string; items: readonly ErrorSummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const hasItems = items.length > 0;
  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [attempt, hasItems]);
  if (!hasItems) return null;
  return (
    <div ref={ref} className="alert alert--error error-summary" tabIndex={-1} role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="alert__title">
        {title}
      </h2>
      <ul className="alert__list">
        {items.map((item, index) => (
          <li key={`${item.target ?? ''}-${index}`}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                onClick={(event) => {
                  const control = document.getElementById(item.target!);
                  if (control) {
                    event.preventDefault();
                    control.focus();
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
