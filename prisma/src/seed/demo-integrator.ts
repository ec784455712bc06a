import { API_SCOPES } from '@portal/domain';
import type { Prisma } from '../../generated/client/client.ts';
import type { TPrismaClient } from '../client.ts';
import { hashPassword } from './password.ts';

/**
 * The demo machine client (README: "Demo integrator"): every scope, province-wide. Only
 * the demo seed creates it — its secret is public, so it must never exist elsewhere.
 */
export const DEMO_INTEGRATOR = {
  clientId: 'demo-integrator',
  secret: 'demo-integrator-secret',
  name: 'Demo integrator (tích hợp mẫu)',
  description: 'Ứng dụng tích hợp mẫu của dữ liệu demo: mọi quyền, toàn tỉnh. Demo integrator: every scope, province-wide.',
} as const;

/** Creates the demo client unless it exists (idempotent); true when created. */
export async function ensureDemoIntegrator(db: TPrismaClient | Prisma.TransactionClient): Promise<boolean> {
  const existing = await db.apiClient.findUnique({ where: { clientId: DEMO_INTEGRATOR.clientId }, select: { id: true } });
  if (existing) return false;
  const secretHash = await hashPassword(DEMO_INTEGRATOR.secret);
  await db.apiClient.create({
    data: {
      clientId: DEMO_INTEGRATOR.clientId,
      name: DEMO_INTEGRATOR.name,
      description: DEMO_INTEGRATOR.description,
      agencyId: null,
      scopes: [...API_SCOPES],
      secrets: { create: { secretHash, hint: `${DEMO_INTEGRATOR.secret.slice(0, 6)}…` } },
    },
    select: { id: true },
  });
  return true;
}
