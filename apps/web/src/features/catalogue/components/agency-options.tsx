import { AGENCY_LEVELS, type TAgency } from '@portal/domain';
import { useTranslation } from 'react-i18next';

/** Groups agencies by level (Sở, UBND cấp huyện, cấp xã…) for a long but scannable select. */
function groupByLevel(agencies: readonly TAgency[]) {
  return AGENCY_LEVELS.map((level) => ({
    level,
    agencies: agencies.filter((agency) => agency.level === level),
  })).filter((group) => group.agencies.length > 0);
}

/** The options of an agency select, one group per level, in the catalogue's order. */
export function AgencyOptions({ agencies }: { agencies: readonly TAgency[] }) {
  const { t } = useTranslation();
  return groupByLevel(agencies).map((group) => (
    <optgroup key={group.level} label={t(`agencyLevel.${group.level}`)}>
      {group.agencies.map((agency) => (
        <option key={agency.id} value={agency.id} lang="vi">
          {agency.name}
        </option>
      ))}
    </optgroup>
  ));
}
