import { vnProvinceByName } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { agencyListQuery } from '../../catalogue/queries.ts';
import { portalInfoQuery } from '../../portal/queries.ts';
import type { TCommuneDirectory } from '../form-renderer/address-input.tsx';

/**
 * Communes and wards the portal knows: those of its own province, named after the
 * commune-level agencies of the catalogue ("Phường Mường Thanh"). Other provinces get a
 * free-text commune box. Both queries are cached; until they answer there are no suggestions.
 */
export function useCommuneDirectory(): TCommuneDirectory {
  const portal = useQuery(portalInfoQuery());
  const agencies = useQuery(agencyListQuery({ level: 'commune' }));
  const provinceCode = portal.data ? vnProvinceByName(portal.data.provinceName)?.code : undefined;
  return useMemo(() => {
    if (!provinceCode || !agencies.data) return {};
    const names = agencies.data.items.map((agency) => agency.shortName ?? agency.name.replace(/^Ủy ban nhân dân\s+/u, ''));
    const unique = [...new Set(names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)))].sort((a, b) => a.localeCompare(b, 'vi'));
    return { [provinceCode]: unique.map((name) => ({ name })) };
  }, [provinceCode, agencies.data]);
}
