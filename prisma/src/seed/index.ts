import { ZFormDefinition, buildFormDataSchema } from '@portal/domain';
import type { TPrismaClient } from '../client.ts';
import { agencies, fields, guides, holidays, procedures, users } from './demo-data/index.ts';
import { hashPassword } from './password.ts';

export { hashPassword, ARGON2_OPTIONS } from './password.ts';

/** The password of every demo account (README: "Demo accounts"). */
export const DEMO_PASSWORD = 'Demo@2025';

export interface SeedSummary {
  agencies: number;
  fields: number;
  procedures: number;
  users: number;
  calendarDays: number;
  guides: number;
}

/**
 * Loads the demo province into an empty database: agencies, fields, procedures with
 * their components and online forms, the holiday calendar 2025–2027, the citizen guide
 * and the demo accounts. Returns null when the database already has agencies.
 */
export async function seedDemoIfEmpty(prisma: TPrismaClient): Promise<SeedSummary | null> {
  if ((await prisma.agency.count()) > 0) return null;
  return seedDemo(prisma);
}

export async function seedDemo(prisma: TPrismaClient): Promise<SeedSummary> {
  // Validate everything before writing anything.
  const forms = procedures.map((procedure) => {
    const definition = ZFormDefinition.parse(procedure.form);
    buildFormDataSchema(definition, 'submit').parse(procedure.sampleFormData);
    return definition;
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      const agencyIds = new Map<string, string>();
      // Parents come before children in the data; insert in order.
      for (const agency of agencies) {
        const created = await tx.agency.create({
          data: {
            unitCode: agency.unitCode,
            name: agency.name,
            shortName: agency.shortName,
            level: agency.level,
            parentId: agency.parentUnitCode ? agencyIds.get(agency.parentUnitCode) : undefined,
            address: agency.address,
            phone: agency.phone,
            email: agency.email,
            sortOrder: agency.sortOrder,
          },
        });
        agencyIds.set(agency.unitCode, created.id);
      }
      const agencyId = (unitCode: string) => {
        const id = agencyIds.get(unitCode);
        if (!id) throw new Error(`seed: unknown agency ${unitCode}`);
        return id;
      };

      const fieldIds = new Map<string, string>();
      for (const field of fields) {
        const created = await tx.field.create({ data: field });
        fieldIds.set(field.code, created.id);
      }

      for (const [index, procedure] of procedures.entries()) {
        const fieldId = fieldIds.get(procedure.fieldCode);
        if (!fieldId) throw new Error(`seed: unknown field ${procedure.fieldCode}`);
        const handling = procedure.handlingAgencyUnitCodes ?? [procedure.agencyUnitCode];
        await tx.procedure.create({
          data: {
            code: procedure.code,
            name: procedure.name,
            agencyId: agencyId(procedure.agencyUnitCode),
            fieldId,
            serviceLevel: procedure.serviceLevel,
            legacyLevel: procedure.legacyLevel,
            steps: procedure.steps,
            processingDays: procedure.processingDays,
            processingNote: procedure.processingNote,
            fees: procedure.fees,
            legalBasis: procedure.legalBasis,
            applicants: procedure.applicants,
            conditions: procedure.conditions,
            resultDescription: procedure.resultDescription,
            submissionChannels: procedure.submissionChannels,
            usageCount: procedure.usageCount,
            formVersion: 1,
            handlingAgencies: { create: handling.map((unitCode) => ({ agencyId: agencyId(unitCode) })) },
            components: {
              create: procedure.components.map((component, sortOrder) => ({
                name: component.name,
                description: component.description,
                required: component.required,
                originals: component.originals,
                copies: component.copies,
                acceptedTypes: component.acceptedTypes,
                sortOrder,
              })),
            },
            formVersions: { create: { version: 1, definition: forms[index]! } },
          },
        });
      }

      await tx.calendarDay.createMany({
        data: holidays.map((day) => ({ date: new Date(`${day.date}T00:00:00Z`), kind: day.kind, name: day.name })),
      });

      await tx.guidePage.createMany({ data: guides.map((guide) => ({ ...guide, published: true })) });

      for (const user of users) {
        await tx.user.create({
          data: {
            kind: user.kind,
            username: user.username.toLowerCase(),
            email: user.email.toLowerCase(),
            emailVerifiedAt: new Date(),
            status: 'active',
            phone: user.phone,
            passwordHash,
            fullName: user.fullName,
            gender: user.gender,
            dateOfBirth: user.dateOfBirth ? new Date(`${user.dateOfBirth}T00:00:00Z`) : undefined,
            idNumber: user.idNumber,
            address: user.address,
            roles: user.roles,
            agencyId: user.agencyUnitCode ? agencyId(user.agencyUnitCode) : undefined,
            position: user.position,
          },
        });
      }

      return {
        agencies: agencies.length,
        fields: fields.length,
        procedures: procedures.length,
        users: users.length,
        calendarDays: holidays.length,
        guides: guides.length,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
