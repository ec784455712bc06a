import type { TAgency, TAgencyLevel } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { proceduresUrl } from '../../../lib/paths.ts';
import { agencyListQuery } from '../queries.ts';

/** The three groups of seed 000's "Sở ban ngành" screen, extended to communes and centres. */
const GROUPS: { key: 'groupDepartments' | 'groupCommunes' | 'groupCentres'; levels: TAgencyLevel[] }[] = [
  { key: 'groupDepartments', levels: ['province', 'department'] },
  { key: 'groupCommunes', levels: ['commune', 'district'] },
  { key: 'groupCentres', levels: ['service_center'] },
];

export function groupAgencies(agencies: readonly TAgency[]) {
  return GROUPS.map((group) => ({ ...group, agencies: agencies.filter((agency) => group.levels.includes(agency.level)) })).filter(
    (group) => group.agencies.length > 0,
  );
}

/** Step 1 of browsing: every agency as a tile, grouped; each leads to its fields. */
export function AgencyDirectory({ basePath }: { basePath: string }) {
  const { t } = useTranslation();
  const agencies = useQuery(agencyListQuery());
  return (
    <section className="browse-step" aria-labelledby="choose-agency-heading">
      <h2 id="choose-agency-heading">{t('browse.chooseAgencyHeading')}</h2>
      <p className="browse-step__lead">{t('browse.chooseAgencyLead')}</p>
      {agencies.isPending ? <Spinner /> : null}
      {agencies.isError ? <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
      {groupAgencies(agencies.data?.items ?? []).map((group) => (
        <section key={group.key} className="agency-group" aria-labelledby={`agency-group-${group.key}`}>
          <h3 id={`agency-group-${group.key}`} className="agency-group__title">
            {t(`browse.${group.key}`)}
          </h3>
          <ul className="agency-grid">
            {group.agencies.map((agency) => (
              <li key={agency.id}>
                <Link to={proceduresUrl({ agencyId: agency.id }, basePath)} className="agency-grid__link">
                  <span lang="vi">{agency.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
