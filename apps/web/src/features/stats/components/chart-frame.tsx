import { useId, type ReactNode } from 'react';

export const CHART_WIDTH = 640;
export const CHART_PAD = { top: 12, right: 12, bottom: 36, left: 48 };

/** Where a value and a category sit in a chart of `height` with `count` categories. */
export function chartScales(height: number, count: number, top: number) {
  const plotW = CHART_WIDTH - CHART_PAD.left - CHART_PAD.right;
  const plotH = height - CHART_PAD.top - CHART_PAD.bottom;
  const slot = plotW / Math.max(1, count);
  return {
    slot,
    /** The centre of category i */
    x: (i: number) => CHART_PAD.left + slot * i + slot / 2,
    y: (value: number) => CHART_PAD.top + plotH - (value / top) * plotH,
  };
}

/**
 * What every statistics chart shares: a titled figure, one SVG image for assistive
 * technology described by a text summary (the figures themselves are in the page's
 * table), the value grid with its labels, the category labels (at most twelve), the base
 * line and a legend. The chart draws its marks as children.
 */
export function ChartFrame({
  title,
  summary,
  height,
  categories,
  ticks,
  formatValue,
  legend,
  children,
}: {
  title: string;
  summary: string;
  height: number;
  categories: readonly string[];
  ticks: readonly number[];
  formatValue: (value: number) => string;
  legend: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  const descId = useId();
  const { x, y } = chartScales(height, categories.length, ticks.at(-1) ?? 1);
  const labelEvery = Math.ceil(categories.length / 12);
  return (
    <figure className="stats-chart">
      <figcaption id={titleId} className="stats-chart__title">
        {title}
      </figcaption>
      {/* On a phone the picture keeps a readable size and scrolls sideways: a named region the
          keyboard can reach and scroll (all twelve months stay reachable). */}
      <div className="stats-chart__canvas" role="region" aria-labelledby={titleId} tabIndex={0}>
        <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="stats-chart__svg">
          <desc id={descId}>{summary}</desc>
          {ticks.map((tick) => (
            <g key={tick} className="stats-chart__grid">
              <line x1={CHART_PAD.left} x2={CHART_WIDTH - CHART_PAD.right} y1={y(tick)} y2={y(tick)} />
              <text x={CHART_PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {categories.map((category, i) =>
            i % labelEvery === 0 ? (
              <text key={category} className="stats-chart__axis-label" x={x(i)} y={height - CHART_PAD.bottom + 18} textAnchor="middle">
                {category}
              </text>
            ) : null,
          )}
          {children}
          <line className="stats-chart__axis" x1={CHART_PAD.left} x2={CHART_WIDTH - CHART_PAD.right} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <ul className="stats-chart__legend" aria-hidden="true">
        {legend}
      </ul>
    </figure>
  );
}
