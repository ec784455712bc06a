import type { TFee } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../lib/format.ts';

export function FeesTable({ fees }: { fees: readonly TFee[] }) {
  const { t } = useTranslation();
  if (fees.length === 0) return <p>{t('procedure.noFees')}</p>;
  const hasNotes = fees.some((fee) => fee.note);
  return (
    <table className="data-table data-table--compact">
      <thead>
        <tr>
          <th scope="col">{t('procedure.feeLabel')}</th>
          <th scope="col" className="data-table__number">
            {t('procedure.feeAmount')}
          </th>
          {hasNotes ? <th scope="col">{t('procedure.feeNote')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {fees.map((fee, index) => (
          <tr key={`${index}-${fee.label}`}>
            <td lang="vi">{fee.label}</td>
            <td className="data-table__number">{fee.amountVnd === 0 ? t('procedure.free') : formatVnd(fee.amountVnd)}</td>
            {hasNotes ? <td lang="vi">{fee.note ?? ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
