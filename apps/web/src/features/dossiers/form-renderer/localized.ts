import { FORM_DATA_MESSAGES as M, translateDomainMessage, type TFormField, type TLocalizedText } from '@portal/domain';

/** A procedure's text in the reader's language; Vietnamese when there is no translation. */
export const localized = (text: TLocalizedText | undefined, language: string): string =>
  text ? (language === 'en' && text.en ? text.en : text.vi) : '';

/**
 * The shared schema writes Vietnamese messages around the field's Vietnamese label
 * ("Vui lòng nhập Họ và tên"). For English readers the same message is rebuilt with
 * the English label; a message we do not recognise is shown as written.
 */
export function formMessage(message: string, field: TFormField | undefined, language: string): string {
  if (language === 'vi') return message;
  const vi = field?.label.vi ?? '';
  const en = localized(field?.label, 'en');
  const known: [string, string][] = [
    [M.invalid, 'The value is not valid'],
    [M.invalidDate, 'The date is not valid (dd/mm/yyyy)'],
    [M.province, 'Choose the province or city'],
    [M.commune, 'Enter the commune or ward'],
    [M.streetTooLong, 'The street address is too long'],
  ];
  if (field) {
    known.push(
      [M.enter(vi), `Enter ${en}`],
      [M.choose(vi), `Choose ${en}`],
      [M.confirm(vi), `Tick to confirm: ${en}`],
      [M.pattern(vi), `${en} is not in the expected format`],
      [M.integer(vi), `${en} must be a whole number`],
      [M.notAfterToday(vi), `${en} cannot be after today`],
      [M.notBeforeToday(vi), `${en} cannot be before today`],
    );
    if (field.kind === 'text' && field.patternMessage && message === field.patternMessage.vi) return localized(field.patternMessage, language);
    if ((field.kind === 'text' || field.kind === 'textarea') && field.maxLength !== undefined) {
      known.push([M.tooLong(vi, field.maxLength), `${en} must not be longer than ${field.maxLength} characters`]);
    }
    if (field.kind === 'number') {
      if (field.min !== undefined) known.push([M.min(vi, field.min), `${en} must not be less than ${field.min}`]);
      if (field.max !== undefined) known.push([M.max(vi, field.max), `${en} must not be more than ${field.max}`]);
    }
    if (field.kind === 'table') {
      if (field.minRows !== undefined) known.push([M.minRows(vi, field.minRows), `${en} needs at least ${field.minRows} row(s)`]);
      if (field.maxRows !== undefined) known.push([M.maxRows(vi, field.maxRows), `${en} allows at most ${field.maxRows} rows`]);
    }
  }
  return known.find(([viText]) => viText === message)?.[1] ?? translateDomainMessage(message, language);
}
