import { useId } from 'react';

export interface CountsChartRow {
  /** Also the bar's colour modifier: `counts-chart__bar--{key}` */
  key: string;
  label: string;
  count: number;
}

/**
 * Counts as horizontal bars. Each row repeats its number as text next to the bar and the
 * bars are hidden from assistive technology, so nothing depends on seeing them.
 */
export function CountsChart({ caption, rows }: { caption: string; rows: readonly CountsChartRow[] }) {
  const captionId = useId();
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="counts-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="counts-chart__caption">
        {caption}
      </figcaption>
      <ul className="counts-chart__bars">
        {rows.map((row) => (
          <li key={row.key} className="counts-chart__row">
            <span className="counts-chart__label">{row.label}</span>
            <span className="counts-chart__track" aria-hidden="true">
              <span className={`counts-chart__bar counts-chart__bar--${row.key}`} style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="counts-chart__value">{row.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
