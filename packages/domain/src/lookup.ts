import { z } from 'zod';
import { zText } from './common.ts';
import { parseDossierCode } from './dossier-code.ts';
import { ACTOR_ROLE_LABELS, STAFF_ROLES, ZDossierAction, ZDossierStatus, type TActorRole, type TLabel, type TStaffRole } from './lifecycle.ts';

/**
 * Public dossier lookup (Tra cứu hồ sơ, seeds 000 II.1 and 003): anyone may follow a dossier
 * that has been sent, without signing in.
 *
 * - `GET /lookup?code=` — the dossier code (mã hồ sơ), as printed on the receipt and encoded
 *   in its QR code (`/tra-cuu?code=…`).
 * - `GET /lookup?receiptNo=&idNumber=` — the receipt number (số biên nhận, which is the code
 *   printed on the receipt) together with the applicant's CCCD; both must match.
 *
 * Both answer the same `ZDossierLookup`: the CCCD proves that the person knows the
 * applicant, not that they are the applicant, so it unlocks nothing more than the code
 * does. There is deliberately no lookup by CCCD alone: it would list a person's dossiers
 * to anyone who knows their ID number.
 *
 * The view holds no personal data: the applicant's name masked (`maskPersonName`), never an
 * address, phone, e-mail, ID number, file or note, and every history party reduced to a
 * role and a unit. `ZDossierLookup` has no field that could carry more, and the API
 * serialises through it, so anything else is stripped. Codes match in any letter case,
 * spaces ignored; a dossier not sent yet (`unsent`) cannot be looked up. Every miss (unknown
 * code, wrong CCCD, unsent dossier) is the same 404 LOOKUP_NOT_FOUND.
 */

export const LOOKUP_MESSAGES = {
  code: 'Vui lòng nhập mã hồ sơ',
  codeFormat: 'Mã hồ sơ không đúng định dạng, ví dụ: 000.00.12.H29-251120-0001',
  receiptNo: 'Vui lòng nhập số biên nhận',
  receiptNoFormat: 'Số biên nhận không đúng định dạng, ví dụ: 000.00.12.H29-251120-0001',
  idNumber: 'Vui lòng nhập số CCCD của người nộp hồ sơ',
  idNumberFormat: 'Số CCCD gồm đúng 12 chữ số',
  oneWay: 'Vui lòng tra cứu theo mã hồ sơ, hoặc theo số biên nhận cùng số CCCD',
} as const;

export const LOOKUP_MESSAGES_EN: Readonly<Record<string, string>> = {
  [LOOKUP_MESSAGES.code]: 'Enter the dossier code',
  [LOOKUP_MESSAGES.codeFormat]: 'The dossier code is not in the right format, e.g. 000.00.12.H29-251120-0001',
  [LOOKUP_MESSAGES.receiptNo]: 'Enter the receipt number',
  [LOOKUP_MESSAGES.receiptNoFormat]: 'The receipt number is not in the right format, e.g. 000.00.12.H29-251120-0001',
  [LOOKUP_MESSAGES.idNumber]: 'Enter the applicant’s citizen ID (CCCD) number',
  [LOOKUP_MESSAGES.idNumberFormat]: 'A CCCD number has exactly 12 digits',
  [LOOKUP_MESSAGES.oneWay]: 'Look up by the dossier code, or by the receipt number together with the CCCD number',
};

/** Codes and numbers copied from paper or a phone keyboard: spaces anywhere are dropped. */
const withoutSpaces = (value: string): string => value.replace(/\s+/gu, '');

const codeField = (required: string, format: string) =>
  zText({ error: required })
    .overwrite(withoutSpaces)
    .min(1, required)
    .max(80, format)
    .refine((value) => parseDossierCode(value) !== null, format);

/** Mã hồ sơ: `{unit}-{YYMMDD}-{NNNN}`, any letter case (the API matches case-insensitively). */
export const ZLookupCode = codeField(LOOKUP_MESSAGES.code, LOOKUP_MESSAGES.codeFormat);
/** Số biên nhận: the code as printed on the receipt. */
export const ZLookupReceiptNo = codeField(LOOKUP_MESSAGES.receiptNo, LOOKUP_MESSAGES.receiptNoFormat);
/** The applicant's CCCD: 12 digits (spaces typed between groups are fine). */
export const ZLookupIdNumber = zText({ error: LOOKUP_MESSAGES.idNumber })
  .overwrite(withoutSpaces)
  .min(1, LOOKUP_MESSAGES.idNumber)
  .regex(/^\d{12}$/, LOOKUP_MESSAGES.idNumberFormat);

/** The "Mã hồ sơ" form. */
export const ZLookupByCodeForm = z.object({ code: ZLookupCode });
export type TLookupByCodeForm = z.infer<typeof ZLookupByCodeForm>;

/** The "Số biên nhận + Số CCCD" form. */
export const ZLookupByReceiptForm = z.object({ receiptNo: ZLookupReceiptNo, idNumber: ZLookupIdNumber });
export type TLookupByReceiptForm = z.infer<typeof ZLookupByReceiptForm>;

/** What the API looks for, once the query is read. */
export type TLookupCriteria = { by: 'code'; code: string } | { by: 'receipt'; receiptNo: string; idNumber: string };

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * `GET /lookup`: exactly one way in — `code`, or `receiptNo` with `idNumber`. Empty
 * parameters count as absent (`?code=&receiptNo=…` is the receipt way).
 */
export const ZDossierLookupQuery = z
  .object({
    code: zText().max(200).optional(),
    receiptNo: zText().max(200).optional(),
    idNumber: zText().max(200).optional(),
  })
  .transform((query, ctx): TLookupCriteria => {
    const byCode = !blank(query.code);
    const byReceipt = !blank(query.receiptNo) || !blank(query.idNumber);
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    if (byCode && byReceipt) return issue('code', LOOKUP_MESSAGES.oneWay);
    if (!byCode && !byReceipt) return issue('code', LOOKUP_MESSAGES.oneWay);
    if (byCode) {
      const code = ZLookupCode.safeParse(query.code);
      return code.success ? { by: 'code', code: code.data } : issue('code', code.error.issues[0]?.message ?? LOOKUP_MESSAGES.codeFormat);
    }
    const form = ZLookupByReceiptForm.safeParse({ receiptNo: query.receiptNo ?? '', idNumber: query.idNumber ?? '' });
    if (!form.success) {
      for (const problem of form.error.issues) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      return z.NEVER;
    }
    return { by: 'receipt', ...form.data };
  });
export type TDossierLookupQuery = z.input<typeof ZDossierLookupQuery>;

// ───────────── The public view ─────────────

/** Who a history row names: the applicant, a role of the handling agency, or a system (API client). */
export const LOOKUP_PARTY_ROLES = ['applicant', ...STAFF_ROLES, 'system'] as const;
export const ZLookupPartyRole = z.enum(LOOKUP_PARTY_ROLES);
export type TLookupPartyRole = z.infer<typeof ZLookupPartyRole>;

export const LOOKUP_PARTY_LABELS: Record<TLookupPartyRole, TLabel> = {
  applicant: { vi: 'Người nộp hồ sơ', en: 'Applicant' },
  ...(Object.fromEntries(STAFF_ROLES.map((role) => [role, ACTOR_ROLE_LABELS[role]])) as Record<TStaffRole, TLabel>),
  system: ACTOR_ROLE_LABELS.system,
};

/** A sender or receiver: a role and a unit, never a person's name. */
export const ZLookupParty = z.object({
  role: ZLookupPartyRole.nullable(),
  /** The agency (null for the applicant) */
  unit: zText().nullable(),
});
export type TLookupParty = z.infer<typeof ZLookupParty>;

/** A row of *TÌNH HÌNH XỬ LÝ HỒ SƠ*: time, sender, action, receiver — no note, no attachment. */
export const ZLookupHistoryRow = z.object({
  at: z.iso.datetime(),
  sender: ZLookupParty.nullable(),
  action: z.object({ code: ZDossierAction, label: z.object({ vi: zText(), en: zText() }) }),
  receiver: ZLookupParty.nullable(),
});
export type TLookupHistoryRow = z.infer<typeof ZLookupHistoryRow>;

/** `GET /lookup` → 200: *THÔNG TIN HỒ SƠ* and *TÌNH HÌNH XỬ LÝ HỒ SƠ*. Every field is listed on purpose. */
export const ZDossierLookup = z.object({
  code: zText(),
  /** Chủ hồ sơ, masked: 'Nguyễn T*** A**' */
  applicantName: zText(),
  procedure: z.object({ code: zText(), name: zText() }),
  /** Cơ quan giải quyết */
  agency: z.object({ name: zText() }),
  status: ZDossierStatus,
  submittedAt: z.iso.datetime().nullable(),
  receivedAt: z.iso.datetime().nullable(),
  /** Ngày hẹn trả (after any extension) */
  dueAt: z.iso.datetime().nullable(),
  /** When the result was given or the dossier returned; null otherwise */
  finishedAt: z.iso.datetime().nullable(),
  /** Oldest first */
  history: z.array(ZLookupHistoryRow),
}).meta({ id: 'DossierLookup' });
export type TDossierLookup = z.infer<typeof ZDossierLookup>;

/**
 * A history snapshot (actor or receiver) as the public sees it. A citizen or guest is "the
 * applicant". Staff only ever act on their own agency's dossiers, so their unit is the
 * handling agency; the position kept in the snapshot ("Phó Giám đốc Sở – Sở Xây dựng") is
 * dropped because a position can single out one person. The name is never read.
 */
export function lookupPartyOf(party: { role: TActorRole | null; unit: string | null } | null, agencyName: string): TLookupParty | null {
  if (!party) return null;
  if (party.role === 'citizen' || party.role === 'guest') return { role: 'applicant', unit: null };
  if (party.role === null && party.unit === null) return null;
  // A system's unit is what its history snapshot says (an agency's back office, or another channel)
  if (party.role === 'system') return { role: 'system', unit: party.unit };
  return { role: party.role, unit: agencyName };
}

/** "Bộ phận một cửa – Sở Xây dựng", "Người nộp hồ sơ". */
export function lookupPartyText(party: TLookupParty, language: string): string {
  const lang = language === 'en' ? 'en' : 'vi';
  const role = party.role ? LOOKUP_PARTY_LABELS[party.role][lang] : null;
  return [role, party.unit].filter(Boolean).join(' – ');
}
