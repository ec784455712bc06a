import { ZFormDefinition, buildFormDataSchema, type TFormDefinition } from '@portal/domain';
import type { TPrismaClient } from '../client.ts';
import type { FileStorage, StoredObject } from '../storage.ts';
import { agencies, fields, guides, holidays, legalDocuments, procedures, questions, users, type SeedLegalDocument, type SeedProcedure } from './demo-data/index.ts';
import { hashPassword } from './password.ts';
import { ensureDemoIntegrator } from './demo-integrator.ts';

export { hashPassword, ARGON2_OPTIONS } from './password.ts';
export { DEMO_INTEGRATOR, ensureDemoIntegrator } from './demo-integrator.ts';

/** The password of every demo account (README: "Demo accounts"). */
export const DEMO_PASSWORD = 'Demo@2025';

export interface SeedSummary {
  agencies: number;
  fields: number;
  procedures: number;
  users: number;
  calendarDays: number;
  guides: number;
  /** Template files (mẫu đơn, tờ khai) written to the file storage */
  templateFiles: number;
  legalDocuments: number;
  /** PDFs of the legal documents written to the file storage */
  legalDocumentFiles: number;
  /** Published questions and answers (Hỏi đáp) */
  questions: number;
}

/** What a downloadable template (mẫu đơn, tờ khai, hướng dẫn) must say. */
export interface TemplateDocumentSpec {
  title: string;
  /** File name shown to the citizen, e.g. "Tờ khai đăng ký khai sinh.docx" */
  fileName: string;
  /** A form to fill in, or a guide that explains what to prepare */
  kind: 'form' | 'guide';
  procedure: { code: string; name: string; agencyName: string; processingDays: number; resultDescription: string };
  /** Fields to fill in, from the procedure's online form */
  fields: { section: string; label: string; unit?: string; options?: string[] }[];
  /** Dossier components (thành phần hồ sơ) */
  components: { name: string; required: boolean; originals: number; copies: number }[];
  legalBasis: { number: string; title: string; issuer?: string }[];
  /** The form's declaration, when it has one */
  declaration?: string;
}

/** Turns a template into a file (DOCX or PDF); injected because rendering libraries live in the API. */
export type TemplateRenderer = (spec: TemplateDocumentSpec) => Promise<{ content: Buffer; fileName: string; mimeType: string }>;

/** What the PDF of a demo legal document shows. */
export interface LegalDocumentSpec {
  number: string;
  title: string;
  docType: string;
  issuer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  effectiveOn?: string;
  summary: string;
  fieldName?: string;
}

/** Turns a legal document into its PDF; injected because the PDF library lives in the API. */
export type LegalDocumentRenderer = (spec: LegalDocumentSpec) => Promise<{ content: Buffer; fileName: string; mimeType: string }>;

export interface SeedOptions {
  /**
   * Where template files go. Without storage (and a renderer), procedures are loaded
   * without downloadable templates.
   */
  storage?: FileStorage;
  renderTemplate?: TemplateRenderer;
  /** With storage: each legal document gets a PDF to download. Without it, documents are loaded without files. */
  renderLegalDocument?: LegalDocumentRenderer;
  /** Progress of the long steps, for a start-up that shows a counter */
  onProgress?: (step: TSeedStep, done: number, total: number) => void;
}

/** The steps of the demo seed that take long enough to count. */
export type TSeedStep = 'templates' | 'legal-documents' | 'records';

/**
 * Loads the demo province into an empty database: agencies, fields, procedures with
 * their components and online forms, the holiday calendar 2025–2027, the citizen guide,
 * the legal documents (with their PDFs when a renderer is given) and the demo accounts.
 * Returns null when the database already has agencies.
 */
export async function seedDemoIfEmpty(prisma: TPrismaClient, options: SeedOptions & { prepared?: PreparedDemo } = {}): Promise<SeedSummary | null> {
  if ((await prisma.agency.count()) > 0) {
    // Files rendered ahead for a database that turned out not to be empty
    await options.prepared?.discard();
    // A demo database seeded before the demo integrator existed gets it now (only a demo one:
    // its secret is public).
    if (await prisma.user.findUnique({ where: { username: users[0]!.username.toLowerCase() }, select: { id: true } })) await ensureDemoIntegrator(prisma);
    return null;
  }
  return seedDemo(prisma, options);
}

const fieldsOfForm = (form: TFormDefinition): TemplateDocumentSpec['fields'] =>
  form.sections.flatMap((section) =>
    section.fields
      .filter((field) => field.kind !== 'checkbox')
      .map((field) => ({
        section: section.title.vi,
        label: field.label.vi,
        ...('unit' in field && field.unit ? { unit: field.unit } : {}),
        ...(field.kind === 'select' ? { options: field.options.map((option) => option.label.vi) } : {}),
      })),
  );

const declarationOf = (form: TFormDefinition): string | undefined =>
  form.sections.flatMap((section) => section.fields).find((field) => field.kind === 'checkbox')?.label.vi;

/** Template file names of one procedure (the list and the components share files by name). */
const templateNamesOf = (procedure: SeedProcedure) => {
  const byName = new Map<string, string>();
  for (const template of procedure.templates) byName.set(template.fileName, template.title);
  for (const component of procedure.components) {
    if (component.template && !byName.has(component.template.fileName)) byName.set(component.template.fileName, component.template.title);
  }
  return byName;
};

interface WrittenFile extends StoredObject {
  fileName: string;
  mimeType: string;
}

/** Renders and stores every template before the transaction; returns them by procedure code and seed file name. */
async function writeTemplateFiles(forms: TFormDefinition[], storage: FileStorage, render: TemplateRenderer, onProgress?: SeedOptions['onProgress']) {
  const agencyName = new Map(agencies.map((agency) => [agency.unitCode, agency.name]));
  const written = new Map<string, Map<string, WrittenFile>>();
  const all: WrittenFile[] = [];
  try {
    for (const [index, procedure] of procedures.entries()) {
      const files = new Map<string, WrittenFile>();
      for (const [fileName, title] of templateNamesOf(procedure)) {
        const rendered = await render({
          title,
          fileName,
          kind: /^hướng dẫn/i.test(title) ? 'guide' : 'form',
          procedure: {
            code: procedure.code,
            name: procedure.name,
            agencyName: agencyName.get(procedure.agencyUnitCode) ?? '',
            processingDays: procedure.processingDays,
            resultDescription: procedure.resultDescription,
          },
          fields: fieldsOfForm(forms[index]!),
          components: procedure.components.map(({ name, required, originals, copies }) => ({ name, required, originals, copies })),
          legalBasis: procedure.legalBasis,
          declaration: declarationOf(forms[index]!),
        });
        const stored = await storage.put(rendered.content, { name: rendered.fileName, mimeType: rendered.mimeType });
        const file = { ...stored, fileName: rendered.fileName, mimeType: rendered.mimeType };
        files.set(fileName, file);
        all.push(file);
      }
      written.set(procedure.code, files);
      onProgress?.('templates', index + 1, procedures.length);
    }
  } catch (error) {
    await Promise.all(all.map((file) => storage.remove(file.key).catch(() => undefined)));
    throw error;
  }
  return { written, all };
}

/** Renders and stores the PDF of every legal document before the transaction; by number. */
async function writeLegalDocumentFiles(storage: FileStorage, render: LegalDocumentRenderer, onProgress?: SeedOptions['onProgress']) {
  const fieldName = new Map(fields.map((field) => [field.code, field.name]));
  const written = new Map<string, WrittenFile>();
  try {
    for (const document of legalDocuments) {
      const rendered = await render({
        number: document.number,
        title: document.title,
        docType: document.docType,
        issuer: document.issuer,
        issuedOn: document.issuedOn,
        summary: document.summary,
        ...(document.effectiveOn ? { effectiveOn: document.effectiveOn } : {}),
        ...(document.fieldCode && fieldName.has(document.fieldCode) ? { fieldName: fieldName.get(document.fieldCode)! } : {}),
      });
      const stored = await storage.put(rendered.content, { name: rendered.fileName, mimeType: rendered.mimeType });
      written.set(document.number, { ...stored, fileName: rendered.fileName, mimeType: rendered.mimeType });
      onProgress?.('legal-documents', written.size, legalDocuments.length);
    }
  } catch (error) {
    await Promise.all([...written.values()].map((file) => storage.remove(file.key).catch(() => undefined)));
    throw error;
  }
  return written;
}

/**
 * The demo's files, rendered and stored (templates of the procedures, PDFs of the legal
 * documents) with the validated forms and the demo password's hash: everything of the
 * seed that needs no database. A start on a database it has just created calls this
 * while the migrations run (in their own process), then `seedDemoIfEmpty(…, { prepared })`.
 */
export interface PreparedDemo {
  forms: TFormDefinition[];
  passwordHash: string;
  templates: { written: Map<string, Map<string, WrittenFile>>; all: WrittenFile[] } | null;
  documentFiles: Map<string, WrittenFile> | null;
  /** Removes the stored files (when they will not be used) */
  discard(): Promise<void>;
}

export async function prepareDemo(options: SeedOptions = {}): Promise<PreparedDemo> {
  // Validate everything before writing anything.
  const forms = procedures.map((procedure) => {
    const definition = ZFormDefinition.parse(procedure.form);
    buildFormDataSchema(definition, 'submit').parse(procedure.sampleFormData);
    return definition;
  });
  if (options.storage && !options.renderTemplate) throw new Error('seedDemo: a storage needs a template renderer');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const templates =
    options.storage && options.renderTemplate ? await writeTemplateFiles(forms, options.storage, options.renderTemplate, options.onProgress) : null;
  let documentFiles: Map<string, WrittenFile> | null = null;
  const discard = async () => {
    if (!options.storage) return;
    const orphans = [...(templates?.all ?? []), ...(documentFiles?.values() ?? [])];
    await Promise.all(orphans.map((file) => options.storage!.remove(file.key).catch(() => undefined)));
  };
  try {
    documentFiles = options.storage && options.renderLegalDocument ? await writeLegalDocumentFiles(options.storage, options.renderLegalDocument, options.onProgress) : null;
  } catch (error) {
    await discard();
    throw error;
  }
  return { forms, passwordHash, templates, documentFiles, discard };
}

export async function seedDemo(prisma: TPrismaClient, options: SeedOptions & { prepared?: PreparedDemo } = {}): Promise<SeedSummary> {
  const prepared = options.prepared ?? (await prepareDemo(options));
  try {
    options.onProgress?.('records', 0, 1);
    const summary = await insertDemo(prisma, prepared.forms, prepared.passwordHash, prepared.templates?.written ?? null, prepared.documentFiles);
    options.onProgress?.('records', 1, 1);
    return summary;
  } catch (error) {
    // Files written for a transaction that rolled back would be orphans.
    await prepared.discard();
    throw error;
  }
}

async function insertDemo(
  prisma: TPrismaClient,
  forms: TFormDefinition[],
  passwordHash: string,
  templateFiles: Map<string, Map<string, WrittenFile>> | null,
  documentFiles: Map<string, WrittenFile> | null,
): Promise<SeedSummary> {
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
        // One stored_file row per template file of this procedure, shared by the list and the components.
        const fileIds = new Map<string, string>();
        for (const [seedName, file] of templateFiles?.get(procedure.code) ?? []) {
          const row = await tx.storedFile.create({
            data: { kind: 'template', storageKey: file.key, originalName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256 },
          });
          fileIds.set(seedName, row.id);
        }
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
                paperOriginalAllowed: component.paperOriginalAllowed ?? false,
                templateFileId: component.template ? fileIds.get(component.template.fileName) : undefined,
                sortOrder,
              })),
            },
            templates: {
              create: procedure.templates
                .filter((template) => fileIds.has(template.fileName))
                .map((template, sortOrder) => ({ title: template.title, fileId: fileIds.get(template.fileName)!, sortOrder })),
            },
            formVersions: { create: { version: 1, definition: forms[index]!, sampleData: procedure.sampleFormData as object } },
          },
        });
      }

      await tx.calendarDay.createMany({
        data: holidays.map((day) => ({ date: new Date(`${day.date}T00:00:00Z`), kind: day.kind, name: day.name })),
      });

      await tx.guidePage.createMany({ data: guides.map((guide) => ({ ...guide, published: true })) });

      await insertLegalDocuments(tx, legalDocuments, fieldIds, documentFiles);

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

      await insertQuestions(tx, fieldIds);
      await ensureDemoIntegrator(tx);

      return {
        agencies: agencies.length,
        fields: fields.length,
        procedures: procedures.length,
        users: users.length,
        calendarDays: holidays.length,
        guides: guides.length,
        templateFiles: [...(templateFiles?.values() ?? [])].reduce((sum, files) => sum + files.size, 0),
        legalDocuments: legalDocuments.length,
        legalDocumentFiles: documentFiles?.size ?? 0,
        questions: questions.length,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The published questions and answers (Hỏi đáp), answered by the demo staff of the agency in charge. */
async function insertQuestions(tx: Parameters<Parameters<TPrismaClient['$transaction']>[0]>[0], fieldIds: Map<string, string>) {
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 86_400_000);
  for (const [index, question] of questions.entries()) {
    const staff = await tx.user.findUniqueOrThrow({ where: { username: question.answeredBy }, select: { id: true, agencyId: true } });
    const procedure = question.procedureCode ? await tx.procedure.findUniqueOrThrow({ where: { code: question.procedureCode }, select: { id: true } }) : null;
    const fieldId = fieldIds.get(question.fieldCode);
    if (!fieldId) throw new Error(`seed: unknown field ${question.fieldCode}`);
    await tx.question.create({
      data: {
        fieldId,
        procedureId: procedure?.id ?? null,
        agencyId: staff.agencyId,
        askerName: question.askerName,
        askerEmail: `hoi-dap.${index + 1}@example.invalid`,
        title: question.title,
        body: question.body,
        answer: question.answer,
        answeredById: staff.id,
        answeredAt: daysAgo(question.answeredDaysAgo),
        status: 'published',
        createdAt: daysAgo(question.askedDaysAgo),
      },
    });
  }
}

/** The legal documents (Văn bản), published, each with its PDF when one was written. */
async function insertLegalDocuments(
  tx: Parameters<Parameters<TPrismaClient['$transaction']>[0]>[0],
  documents: readonly SeedLegalDocument[],
  fieldIds: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, WrittenFile> | null,
): Promise<void> {
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  for (const document of documents) {
    const file = files?.get(document.number);
    const stored = file
      ? await tx.storedFile.create({
          data: { kind: 'legal_document', storageKey: file.key, originalName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256 },
          select: { id: true },
        })
      : null;
    const fieldId = document.fieldCode ? fieldIds.get(document.fieldCode) : undefined;
    if (document.fieldCode && !fieldId) throw new Error(`seed: unknown field ${document.fieldCode} of legal document ${document.number}`);
    await tx.legalDocument.create({
      data: {
        number: document.number,
        title: document.title,
        docType: document.docType,
        issuer: document.issuer,
        issuedOn: date(document.issuedOn),
        effectiveOn: document.effectiveOn ? date(document.effectiveOn) : null,
        validity: document.validity,
        summary: document.summary,
        fieldId: fieldId ?? null,
        fileId: stored?.id ?? null,
        published: true,
      },
    });
  }
}
