import { ChartFrame, chartScales } from './chart-frame.tsx';
import { niceTicks } from './chart-scale.ts';

export interface BarSeries {
  key: string;
  label: string;
  values: readonly number[];
}

const HEIGHT = 260;

/**
 * Stacked bars per category (month). Series are told apart by colour and by their order
 * in the stack and the legend; each bar names its figure on hover.
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
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals), { integer: true });
  const { slot, x, y } = chartScales(HEIGHT, categories.length, ticks.at(-1) ?? 1);
  const barW = Math.min(40, slot * 0.7);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      height={HEIGHT}
      categories={categories}
      ticks={ticks}
      formatValue={formatValue}
      legend={series.map((s) => (
        <li key={s.key}>
          <span className={`stats-chart__swatch stats-chart__bar--${s.key}`} />
          {s.label}
        </li>
      ))}
    >
      {categories.map((category, i) => {
        let base = 0;
        return (
          <g key={category}>
            {series.map((s) => {
              const value = s.values[i] ?? 0;
              const rect =
                value > 0 ? (
                  <rect key={s.key} className={`stats-chart__bar stats-chart__bar--${s.key}`} x={x(i) - barW / 2} width={barW} y={y(base + value)} height={y(base) - y(base + value)}>
                    <title>{`${category} · ${s.label}: ${formatValue(value)}`}</title>
                  </rect>
                ) : null;
              base += value;
              return rect;
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
