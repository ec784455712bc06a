/** A plain mark in the colours of the national emblem (not the emblem itself). Decorative. */
export function EmblemMark({ size = 56 }: { size?: number }) {
  return (
    <svg
      className="emblem-mark"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#f2c230" strokeWidth="3" />
      <circle cx="32" cy="32" r="24.5" fill="none" stroke="#f2c230" strokeWidth="1" strokeDasharray="2 2.2" />
      <path
        fill="#ffd400"
        d="M32 13.5l4.4 13.5h14.2l-11.5 8.4 4.4 13.5L32 40.5l-11.5 8.4 4.4-13.5-11.5-8.4h14.2z"
      />
    </svg>
  );
}
