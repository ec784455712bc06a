import { useTranslation } from 'react-i18next';
import { deadlineState, formatDueVn, type TDuration } from '../deadlines.ts';

function useDurationText() {
  const { t } = useTranslation();
  return ({ days, hours, minutes }: TDuration) =>
    days > 0
      ? t('staffDossiers.deadline.days', { days, hours })
      : hours > 0
        ? t('staffDossiers.deadline.hours', { hours, minutes })
        : t('staffDossiers.deadline.minutes', { minutes });
}

/**
 * Decree 45/2020: a sent dossier must be received (or sent back for a supplement) within
 * 8 working hours. Shows that deadline and the time left, in red with the delay once passed.
 */
export function ReceiveDeadline({ deadlineAt, now }: { deadlineAt: string; now: Date }) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const { passed, span } = deadlineState(deadlineAt, now);
  return (
    <span className={passed ? 'deadline deadline--late' : 'deadline'}>
      {t('staffDossiers.deadline.receiveBy', { date: formatDueVn(deadlineAt) })}{' '}
      ({passed ? t('staffDossiers.deadline.receiveLate', { time: durationText(span) }) : t('staffDossiers.deadline.receiveLeft', { time: durationText(span) })})
    </span>
  );
}

/** Quá hạn / Sắp đến hạn / Tạm dừng as words in a badge (the colour only repeats them). */
export function DueBadge({ kind }: { kind: 'overdue' | 'due-soon' | 'paused' }) {
  const { t } = useTranslation();
  const label = kind === 'overdue' ? t('staffDossiers.deadline.overdue') : kind === 'due-soon' ? t('staffDossiers.deadline.dueSoon') : t('staffDossiers.deadline.paused');
  return <span className={`badge badge--${kind}`}>{label}</span>;
}
