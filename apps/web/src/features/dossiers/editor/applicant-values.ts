import {
  ZApplicant,
  ZApplicantDraft,
  fieldErrorsOf,
  translateDomainMessage,
  type TAccount,
  type TApplicantDraft,
  type TFormDataMode,
} from '@portal/domain';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { isoToVnDate, vnToIsoDate } from '../form-renderer/form-values.ts';

/** The applicant block as typed (date of birth as dd/mm/yyyy, empty strings for blanks). */
export interface ApplicantInput {
  fullName: string;
  idNumber: string;
  dateOfBirth: string;
  gender: string;
  phone: string;
  email: string;
  address: string;
}

export const APPLICANT_FIELDS = ['fullName', 'idNumber', 'dateOfBirth', 'gender', 'phone', 'email', 'address'] as const satisfies readonly (keyof ApplicantInput)[];

export const applicantInputOf = (applicant: Partial<TApplicantDraft> | null | undefined): ApplicantInput => ({
  fullName: applicant?.fullName ?? '',
  idNumber: applicant?.idNumber ?? '',
  dateOfBirth: applicant?.dateOfBirth ? isoToVnDate(applicant.dateOfBirth) : '',
  gender: applicant?.gender ?? '',
  phone: applicant?.phone ?? '',
  email: applicant?.email ?? '',
  address: applicant?.address ?? '',
});

/** A new dossier starts from the citizen's profile (the API does the same when none is sent). */
export const applicantFromAccount = (account: TAccount): ApplicantInput =>
  applicantInputOf({
    fullName: account.fullName ?? undefined,
    idNumber: account.idNumber ?? undefined,
    dateOfBirth: account.dateOfBirth ?? undefined,
    gender: account.gender ?? undefined,
    phone: account.phone ?? undefined,
    email: account.email,
    address: account.address ?? undefined,
  });

/** As sent to the API: blanks are left for the schema to drop, the date becomes YYYY-MM-DD. */
export const applicantPayloadOf = (input: ApplicantInput): Record<string, string> => ({
  ...input,
  dateOfBirth: input.dateOfBirth.trim() === '' ? '' : (vnToIsoDate(input.dateOfBirth) ?? input.dateOfBirth),
});

/** The applicant's rules from @portal/domain: draft (lengths only) or submit (everything). */
export function applicantResolver(mode: () => TFormDataMode): Resolver<ApplicantInput> {
  return (values) => {
    const schema = mode() === 'submit' ? ZApplicant : ZApplicantDraft;
    const result = schema.safeParse(applicantPayloadOf(values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: nestApplicantErrors(fieldErrorsOf(result.error)) };
  };
}

export function nestApplicantErrors(flat: Readonly<Record<string, string>>): FieldErrors<ApplicantInput> {
  const errors: FieldErrors<ApplicantInput> = {};
  for (const [path, message] of Object.entries(flat)) {
    const name = path.split('.')[0] ?? '';
    if ((APPLICANT_FIELDS as readonly string[]).includes(name) && !(name in errors)) set(errors, name, { type: 'validate', message });
  }
  return errors;
}

/** Domain messages (dossier, accounts) in the reader's language. */
export const dossierMessage = (message: string, language: string): string =>
  translateDomainMessage(message, language);
