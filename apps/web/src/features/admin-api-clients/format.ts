import { formatDateTimeVn, formatDateVn } from '@portal/domain';

/** 'dd/MM/yyyy HH:mm' in Vietnam time: when a client or secret was created or last used. */
export const dateTimeText = (iso: string): string => {
  const date = new Date(iso);
  return `${formatDateVn(date)} ${formatDateTimeVn(date).slice(0, 5)}`;
};

/** 'dd/MM/yyyy HH:mm:ss' in Vietnam time (UTC+7, whole hours: the seconds are those of UTC): when a webhook was last tried. */
export const dateTimeSecondsText = (iso: string): string => {
  const date = new Date(iso);
  return `${dateTimeText(iso)}:${String(date.getUTCSeconds()).padStart(2, '0')}`;
};
