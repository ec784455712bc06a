import { useId } from 'react';
import { niceTicks } from './chart-scale.ts';

export interface BarSeries {
  key: string;
  label: string;
  values: readonly number[];
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 12, right: 8, bottom: 36, left: 48 };

/**
 * Stacked bars per category (month), drawn in SVG. The picture is one image for assistive
 * technology, described by a text summary; the figures themselves are in the page's table.
 * Series are told apart by colour and by their order in the stack and the legend.
 */
export function StackedBarChart({
  title,
  summary,
  categories,
  series,
  formatValue,
}: {
  title: string;
  /** What a screen reader hears instead of the picture */
  summary: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  formatValue: (value: number) => string;
}) {
  const titleId = useId();
  const descId = useId();
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals), { integer: true });
  const top = ticks.at(-1) ?? 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, categories.length);
  const barW = Math.min(40, slot * 0.7);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const labelEvery = Math.ceil(categories.length / 12);

  return (
    <figure className="stats-chart">
      <figcaption id={titleId} className="stats-chart__title">
        {title}
      </figcaption>
      <div className="stats-chart__canvas">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="stats-chart__svg">
          <desc id={descId}>{summary}</desc>
          {ticks.map((tick) => (
            <g key={tick} className="stats-chart__grid">
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {categories.map((category, i) => {
            let base = 0;
            const x = PAD.left + slot * i + (slot - barW) / 2;
            return (
              <g key={category}>
                {series.map((s) => {
                  const value = s.values[i] ?? 0;
                  const rect = value > 0 ? (
                    <rect key={s.key} className={`stats-chart__bar stats-chart__bar--${s.key}`} x={x} width={barW} y={y(base + value)} height={y(base) - y(base + value)}>
                      <title>{`${category} · ${s.label}: ${formatValue(value)}`}</title>
                    </rect>
                  ) : null;
                  base += value;
                  return rect;
                })}
                {i % labelEvery === 0 ? (
                  <text className="stats-chart__axis-label" x={PAD.left + slot * i + slot / 2} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
                    {category}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line className="stats-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <ul className="stats-chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`stats-chart__swatch stats-chart__bar--${s.key}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
