/** A numeric command-line option, kept within [min, max]; a non-number stops the bench naming the option. */
export const clamp = (value: number, min: number, max: number, name: string): number => {
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number`);
  return Math.min(Math.max(value, min), max);
};
