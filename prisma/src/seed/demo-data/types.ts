/**
 * Types of the demo-province content (Tỉnh Điện Biên). Pure data: the loader in
 * `prisma/src/seed` turns these into database rows.
 */
export type LocalizedText = { vi: string; en?: string };

export type SeedAgency = {
  unitCode: string;
  name: string;
  shortName?: string;
  level: 'province' | 'department' | 'district' | 'commune' | 'service_center';
  parentUnitCode?: string;
  address?: string;
  phone?: string;
  email?: string;
  sortOrder: number;
};

export type SeedField = { code: string; name: string; sortOrder: number };

export type SeedFormField =
  | { kind: 'text'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; maxLength?: number; pattern?: string; patternMessage?: LocalizedText; placeholder?: LocalizedText }
  | { kind: 'textarea'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; maxLength?: number }
  | { kind: 'number'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; min?: number; max?: number; integer?: boolean; unit?: string }
  | { kind: 'date'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; range?: 'any' | 'past' | 'future' }
  | { kind: 'select'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; options: { value: string; label: LocalizedText }[]; multiple?: boolean }
  | { kind: 'checkbox'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; mustBeChecked?: boolean }
  | { kind: 'address'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText }
  | { kind: 'table'; key: string; label: LocalizedText; required?: boolean; help?: LocalizedText; columns: SeedFormField[] /* only text|number|date|select */; minRows?: number; maxRows?: number };

export type SeedForm = { sections: { title: LocalizedText; description?: LocalizedText; fields: SeedFormField[] }[] };

export type SeedComponent = {
  name: string;
  description?: string;
  required: boolean;
  originals: number;
  copies: number;
  acceptedTypes: ('pdf' | 'jpeg' | 'png' | 'doc' | 'docx' | 'xls' | 'xlsx')[];
  template?: { title: string; fileName: string };
  /** The applicant may bring the original to the one-stop desk instead of uploading it (seed 003) */
  paperOriginalAllowed?: boolean;
};

export type SeedProcedure = {
  code: string;
  name: string;
  agencyUnitCode: string;
  /** agencies that receive dossiers; defaults to [agencyUnitCode] */
  handlingAgencyUnitCodes?: string[];
  fieldCode: string;
  serviceLevel: 'full_online' | 'partial_online' | 'info_only';
  legacyLevel?: 1 | 2 | 3 | 4;
  steps: string[];
  processingDays: number;
  processingNote?: string;
  fees: { label: string; amountVnd: number; note?: string }[];
  legalBasis: { number: string; title: string; issuer?: string; issuedOn?: string /* YYYY-MM-DD */ }[];
  applicants: string;
  conditions?: string;
  resultDescription: string;
  submissionChannels: string;
  components: SeedComponent[];
  /** mẫu đơn, tờ khai to download (fileName ends .docx or .pdf) */
  templates: { title: string; fileName: string }[];
  /** a filled example for "Xem hồ sơ mẫu"; must be valid for `form` */
  sampleFormData: Record<string, unknown>;
  form: SeedForm;
  /** for "most used" ordering */
  usageCount: number;
};

export type SeedHoliday = { date: string /* YYYY-MM-DD */; name: string; kind: 'holiday' | 'makeup_workday' };

export type SeedUser = {
  username: string;
  fullName: string;
  email: string;
  phone: string;
  kind: 'citizen' | 'staff';
  roles: ('citizen' | 'clerk' | 'leader' | 'specialist' | 'agency_admin' | 'system_admin')[];
  agencyUnitCode?: string;
  position?: string;
  gender?: 'male' | 'female';
  dateOfBirth?: string;
  idNumber?: string;
  address?: string;
};

export type SeedGuide = { slug: string; locale: 'vi' | 'en'; title: string; body: string /* Markdown */; sortOrder: number };

export type SeedLegalDocument = {
  /** Số ký hiệu, as the procedures cite it */
  number: string;
  /** Trích yếu */
  title: string;
  docType: string;
  issuer: string;
  issuedOn: string /* YYYY-MM-DD */;
  effectiveOn?: string /* YYYY-MM-DD */;
  validity: 'in_force' | 'partially_expired' | 'expired' | 'not_yet_in_force';
  summary: string;
  fieldCode?: string;
};
