import type { TApiScope } from '@portal/domain';
import type { TFunction } from 'i18next';

/** Message keys of the scopes: their names hold a colon, i18next's namespace separator. */
const SCOPE_KEYS = {
  'catalogue:read': 'catalogueRead',
  'dossiers:read': 'dossiersRead',
  'dossiers:submit': 'dossiersSubmit',
  'dossiers:process': 'dossiersProcess',
  'events:read': 'eventsRead',
  'webhooks:manage': 'webhooksManage',
} as const satisfies Record<TApiScope, string>;

/** What a scope allows, in plain words of the reader's language. */
export const scopeText = (t: TFunction, scope: TApiScope): string => t(`apiClients.scopes.${SCOPE_KEYS[scope]}`);
