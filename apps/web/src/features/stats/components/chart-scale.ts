/**
 * A value axis that people read easily: 0 to a round maximum in 4–5 equal steps of
 * 1, 2 or 5 × 10ⁿ (e.g. 0, 20, 40, 60, 80 rather than 0, 17.3, 34.6 …); whole steps for counts.
 */
export function niceTicks(max: number, { wanted = 4, integer = false }: { wanted?: number; integer?: boolean } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  // Counts have no half dossiers: at least 1 between ticks.
  const step = integer ? Math.max(1, nice) : nice;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1e6) / 1e6);
    if (value >= max) break;
  }
  return ticks;
}
