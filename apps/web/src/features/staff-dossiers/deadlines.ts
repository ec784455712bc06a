import { formatDateVn, vnPartsOf } from '@portal/domain';

const two = (value: number) => String(value).padStart(2, '0');

/** 'dd/MM/yyyy HH:mm' in Vietnam time, whatever the browser's time zone: how due dates are written on receipts. */
export const formatDueVn = (iso: string): string => {
  const date = new Date(iso);
  const { hour, minute } = vnPartsOf(date);
  return `${formatDateVn(date)} ${two(hour)}:${two(minute)}`;
};

export type TDuration = { days: number; hours: number; minutes: number };

/** A span in whole minutes (rounded up: "1 minute left" until the deadline has truly passed). */
export const durationOf = (ms: number): TDuration => {
  const total = Math.ceil(Math.abs(ms) / 60_000);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
};

export type TDeadlineState = { passed: boolean; span: TDuration };

/** Where `now` stands against a deadline: before it (time left) or after it (time late). */
export const deadlineState = (deadlineIso: string, now: Date): TDeadlineState => {
  const diff = new Date(deadlineIso).getTime() - now.getTime();
  return { passed: diff <= 0, span: durationOf(diff) };
};
