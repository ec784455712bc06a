/**
 * A value axis that people read easily: 0 to a round maximum in 4–5 equal steps of
 * 1, 2 or 5 × 10ⁿ (e.g. 0, 20, 40, 60, 80 rather than 0, 17.3, 34.6 …).
 */
export function niceTicks(max: number, wanted = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1e6) / 1e6);
    if (value >= max) break;
  }
  return ticks;
}
