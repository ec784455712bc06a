import { isAdministrator, isSystemAdministrator, type TAccount } from '@portal/domain';
import type { TFunction } from 'i18next';
import { paths } from '../../lib/paths.ts';
import { useSession } from '../auth/queries.ts';

export interface AdminScope {
  account: TAccount;
  /** Every agency (true), or only `account.agency` */
  isSystemAdmin: boolean;
}

/** The signed-in administrator; AdminLayout only renders its pages when there is one. */
export function useAdminScope(): AdminScope {
  const { account } = useSession();
  if (!account || !isAdministrator(account.roles)) throw new Error('useAdminScope outside AdminLayout');
  return { account, isSystemAdmin: isSystemAdministrator(account.roles) };
}

/** Breadcrumbs of a page inside the admin section: Trang chủ › Quản trị › {page}. */
export const adminCrumbs = (t: TFunction) => [{ label: t('admin.title'), to: paths.staff.admin.home }];
