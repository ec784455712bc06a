import { useId } from 'react';

export interface LineSeries {
  key: string;
  label: string;
  /** Percentages 0–100; null where there is nothing to measure (a gap in the line) */
  values: readonly (number | null)[];
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 12, bottom: 36, left: 48 };
const TICKS = [0, 25, 50, 75, 100];

/**
 * Percentages per category as lines, in SVG. Besides colour, each series has its own
 * dash pattern and marker shape, so the lines stay apart in grey print or for people who
 * do not tell the colours apart; the legend shows both.
 */
export function LineChart({
  title,
  summary,
  categories,
  series,
  formatValue,
}: {
  title: string;
  summary: string;
  categories: readonly string[];
  series: readonly LineSeries[];
  formatValue: (value: number) => string;
}) {
  const titleId = useId();
  const descId = useId();
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, categories.length);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (value: number) => PAD.top + plotH - (value / 100) * plotH;
  const labelEvery = Math.ceil(categories.length / 12);

  /** Path segments between gaps: a month without data breaks the line instead of dropping to 0. */
  const pathOf = (values: readonly (number | null)[]) =>
    values
      .map((value, i) => (value === null ? null : `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');

  return (
    <figure className="stats-chart">
      <figcaption id={titleId} className="stats-chart__title">
        {title}
      </figcaption>
      <div className="stats-chart__canvas">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="stats-chart__svg">
          <desc id={descId}>{summary}</desc>
          {TICKS.map((tick) => (
            <g key={tick} className="stats-chart__grid">
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {categories.map((category, i) =>
            i % labelEvery === 0 ? (
              <text key={category} className="stats-chart__axis-label" x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
                {category}
              </text>
            ) : null,
          )}
          {series.map((s, index) => (
            <g key={s.key} className={`stats-chart__line stats-chart__line--${s.key}`}>
              <path d={pathOf(s.values)} fill="none" strokeDasharray={index === 0 ? undefined : '6 4'} />
              {s.values.map((value, i) =>
                value === null ? null : index === 0 ? (
                  <circle key={i} cx={x(i)} cy={y(value)} r={4}>
                    <title>{`${categories[i]} · ${s.label}: ${formatValue(value)}`}</title>
                  </circle>
                ) : (
                  <rect key={i} x={x(i) - 4} y={y(value) - 4} width={8} height={8}>
                    <title>{`${categories[i]} · ${s.label}: ${formatValue(value)}`}</title>
                  </rect>
                ),
              )}
            </g>
          ))}
          <line className="stats-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <ul className="stats-chart__legend" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.key}>
            <svg width="28" height="12" className={`stats-chart__line stats-chart__line--${s.key}`} aria-hidden="true">
              <line x1="0" x2="28" y1="6" y2="6" strokeDasharray={index === 0 ? undefined : '6 4'} />
              {index === 0 ? <circle cx="14" cy="6" r="4" /> : <rect x="10" y="2" width="8" height="8" />}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
