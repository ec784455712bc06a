import { ChartFrame, chartScales } from './chart-frame.tsx';

export interface LineSeries {
  key: string;
  label: string;
  /** Percentages 0–100; null where there is nothing to measure (a gap in the line) */
  values: readonly (number | null)[];
}

const HEIGHT = 240;
const TICKS = [0, 25, 50, 75, 100];

/**
 * Percentages per category as lines. Besides colour, each series has its own dash
 * pattern and marker shape (the first solid with circles, the others dashed with
 * squares), so the lines stay apart in grey print or for people who do not tell the
 * colours apart; the legend shows both.
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
  const { x, y } = chartScales(HEIGHT, categories.length, 100);
  /** Path segments between gaps: a month without data breaks the line instead of dropping to 0. */
  const pathOf = (values: readonly (number | null)[]) =>
    values
      .map((value, i) => (value === null ? null : `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(value).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  const marker = (index: number, cx: number, cy: number, label?: string) =>
    index === 0 ? (
      <circle cx={cx} cy={cy} r={4}>
        {label ? <title>{label}</title> : null}
      </circle>
    ) : (
      <rect x={cx - 4} y={cy - 4} width={8} height={8}>
        {label ? <title>{label}</title> : null}
      </rect>
    );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      height={HEIGHT}
      categories={categories}
      ticks={TICKS}
      formatValue={formatValue}
      legend={series.map((s, index) => (
        <li key={s.key}>
          <svg width="28" height="12" className={`stats-chart__line stats-chart__line--${s.key}`} aria-hidden="true">
            <line x1="0" x2="28" y1="6" y2="6" strokeDasharray={index === 0 ? undefined : '6 4'} />
            {marker(index, 14, 6)}
          </svg>
          {s.label}
        </li>
      ))}
    >
      {series.map((s, index) => (
        <g key={s.key} className={`stats-chart__line stats-chart__line--${s.key}`}>
          <path d={pathOf(s.values)} fill="none" strokeDasharray={index === 0 ? undefined : '6 4'} />
          {s.values.map((value, i) =>
            value === null ? null : <g key={i}>{marker(index, x(i), y(value), `${categories[i]} · ${s.label}: ${formatValue(value)}`)}</g>,
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
