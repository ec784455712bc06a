import type { TApiClient, TWebhookDelivery, TWebhookSubscription } from '@portal/domain';
import { account } from '../../test/accounts.ts';
import { agency } from '../../test/fixtures.ts';

/** Agency ids are UUIDs: the create form refuses anything else. */
export const SXD = '0190f3c4-0000-7000-8000-00000000a5d1';
export const SXD_UNIT = '0190f3c4-0000-7000-8000-00000000a5d2';
export const STP = '0190f3c4-0000-7000-8000-00000000a5d3';

export const agencies = [
  agency({ id: SXD, name: 'Sở Xây dựng tỉnh Điện Biên', level: 'department' }),
  agency({ id: SXD_UNIT, name: 'Trung tâm Quy hoạch xây dựng', level: 'service_center', parentId: SXD }),
  agency({ id: STP, name: 'Sở Tư pháp tỉnh Điện Biên', level: 'department' }),
];

export const systemAdmin = account({ id: 'admin0', kind: 'staff', username: 'quantri', roles: ['system_admin'], agency: null });
export const agencyAdmin = account({ id: 'admin1', kind: 'staff', username: 'quantrixd', roles: ['agency_admin'], agency: { id: SXD, name: 'Sở Xây dựng tỉnh Điện Biên' } });

export const apiClient = (overrides: Partial<TApiClient> = {}): TApiClient => ({
  id: '0190f3c4-0000-7000-8000-0000000c1001',
  clientId: 'cli_motcua_sxd',
  name: 'Phần mềm một cửa Sở Xây dựng',
  description: null,
  agency: { id: SXD, name: 'Sở Xây dựng tỉnh Điện Biên' },
  scopes: ['dossiers:read', 'dossiers:process'],
  rateLimitPerMinute: 600,
  status: 'active',
  lastUsedAt: '2026-12-01T02:05:00.000Z',
  revokedAt: null,
  revision: 1,
  createdAt: '2026-11-20T01:30:00.000Z',
  updatedAt: '2026-11-20T01:30:00.000Z',
  secrets: [{ id: 's1', hint: 'cs_Xk3f…', createdAt: '2026-11-20T01:30:00.000Z', expiresAt: null, lastUsedAt: '2026-12-01T02:05:00.000Z', active: true }],
  ...overrides,
});

export const webhookSubscription = (overrides: Partial<TWebhookSubscription> = {}): TWebhookSubscription => ({
  id: '0190f3c4-0000-7000-8000-0000000e0001',
  url: 'https://motcua.sxd.dienbien.gov.vn/hooks/portal',
  description: null,
  eventTypes: ['dossier.submitted', 'dossier.received'],
  status: 'active',
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  createdAt: '2026-11-21T01:00:00.000Z',
  updatedAt: '2026-11-21T01:00:00.000Z',
  ...overrides,
});

export const webhookDelivery = (overrides: Partial<TWebhookDelivery> = {}): TWebhookDelivery => ({
  id: '0190f3c4-0000-7000-8000-0000000d0001',
  messageId: 'msg_0001',
  eventId: 'evt_0001',
  eventType: 'dossier.submitted',
  status: 'delivered',
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-01T02:05:07.000Z',
  lastStatusCode: 200,
  lastError: null,
  lastDurationMs: 182,
  deliveredAt: '2026-12-01T02:05:07.000Z',
  createdAt: '2026-12-01T02:05:06.000Z',
  ...overrides,
});
