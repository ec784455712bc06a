import { useId } from 'react';

export interface ProgressBarProps {
  label: string;
  /** 0–100; omit while the total is unknown. */
  value?: number;
}

/** Native <progress>: announced by assistive technology without extra ARIA. */
export function ProgressBar({ label, value }: ProgressBarProps) {
  const id = useId();
  const clamped = value === undefined ? undefined : Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div className="progress">
      <label htmlFor={id} className="progress__label">
        {label}
        {clamped === undefined ? null : <span className="progress__value"> {clamped}%</span>}
      </label>
      <progress id={id} className="progress__bar" max={100} value={clamped} />
    </div>
  );
}
