import type { TPrismaClient } from '@portal/db';
import { DomainError, ZApplicant } from '@portal/domain';
import { createCatalogueRepository } from '../catalogue/repository.ts';
import { createCatalogueService } from '../catalogue/service.ts';
import type { ReceiptData } from '../receipts/receipt-data.ts';
import { renderReceiptPdf } from '../receipts/render-receipt.ts';
import { findDossierForRead, type DossierActor } from './access.ts';
import { applicantOf } from './present.ts';

/**
 * The receipt (giấy tiếp nhận) of a dossier that has a code: this module gathers the
 * data, features/receipts renders it. Readable by whoever may read the dossier.
 */
export function createDossierReceipts({ prisma, publicUrl }: { prisma: TPrismaClient; publicUrl: string }) {
  const catalogue = createCatalogueService(createCatalogueRepository(prisma));

  async function dataOf(actor: DossierActor, id: string, now = new Date()): Promise<ReceiptData> {
    const dossier = await findDossierForRead(prisma, actor, id, {
      code: true,
      applicant: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      procedure: {
        select: {
          code: true,
          name: true,
          processingDays: true,
          components: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true } },
        },
      },
      agency: { select: { name: true, address: true, phone: true, parent: { select: { name: true } } } },
      files: { where: { role: 'attachment' }, select: { componentId: true } },
      componentChoices: { where: { bringOriginal: true }, select: { componentId: true } },
      history: { where: { action: 'receive' }, orderBy: { at: 'desc' }, take: 1, select: { actorName: true } },
    });
    if (!dossier.code || !dossier.submittedAt) throw new DomainError('RECEIPT_NOT_AVAILABLE');
    // Sent dossiers hold a complete applicant; the draft reading is only a fallback.
    const parsed = ZApplicant.safeParse(dossier.applicant);
    const applicant = parsed.success ? parsed.data : applicantOf(dossier.applicant);
    const portal = await catalogue.getPortalInfo();
    return {
      code: dossier.code,
      procedure: dossier.procedure,
      agency: {
        name: dossier.agency.name,
        parentName: dossier.agency.parent?.name ?? null,
        address: dossier.agency.address,
        phone: dossier.agency.phone,
      },
      applicant: {
        fullName: applicant.fullName ?? '',
        idNumber: applicant.idNumber ?? '',
        phone: applicant.phone ?? '',
        address: applicant.address ?? '',
        email: applicant.email ?? null,
      },
      components: dossier.procedure.components
        .map((component) => ({
          name: component.name,
          fileCount: dossier.files.filter((file) => file.componentId === component.id).length,
          bringOriginal: dossier.componentChoices.some((choice) => choice.componentId === component.id),
        }))
        .filter((component) => component.fileCount > 0 || component.bringOriginal),
      submittedAt: dossier.submittedAt,
      receivedAt: dossier.receivedAt,
      dueAt: dossier.receivedAt ? dossier.dueAt : null,
      receivedBy: dossier.history[0]?.actorName ?? null,
      portal: { name: portal.portalName, provinceName: portal.provinceName, hotline: portal.hotline ?? null, email: portal.email ?? null, publicUrl },
      generatedAt: now,
    };
  }

  return {
    dataOf,
    async render(actor: DossierActor, id: string): Promise<{ fileName: string; content: Buffer }> {
      const data = await dataOf(actor, id);
      return { fileName: `Giấy tiếp nhận ${data.code}.pdf`, content: await renderReceiptPdf(data) };
    },
  };
}
