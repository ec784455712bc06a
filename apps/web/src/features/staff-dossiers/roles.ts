import { ACTOR_ROLE_LABELS, DOSSIER_STATUSES, STAFF_ROLES, allowedActions, type TActorRole } from '@portal/domain';

/**
 * Staff roles that act on dossiers, derived from the lifecycle table (the only authority):
 * administrators appear nowhere in it, so they get no inbox (separation of duties).
 */
export const DOSSIER_HANDLER_ROLES: readonly TActorRole[] = STAFF_ROLES.filter((role) =>
  DOSSIER_STATUSES.some((status) => allowedActions(status, role).length > 0),
);

export const handlesDossiers = (roles: readonly string[]): boolean => roles.some((role) => (DOSSIER_HANDLER_ROLES as readonly string[]).includes(role));

/** The account's roles in words, e.g. "Bộ phận một cửa, Lãnh đạo". */
export const rolesText = (roles: readonly string[], language: string): string =>
  roles
    .filter((role): role is TActorRole => role in ACTOR_ROLE_LABELS)
    .map((role) => ACTOR_ROLE_LABELS[role][language === 'en' ? 'en' : 'vi'])
    .join(', ');
