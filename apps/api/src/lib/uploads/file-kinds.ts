import { ACCEPTED_FILE_KINDS } from '@portal/domain';

/** pdf | jpeg | png | doc | docx | xls | xlsx (the catalogue's list, packages/domain) */
export type TAcceptedFileKind = (typeof ACCEPTED_FILE_KINDS)[number];

/**
 * What the portal says about each accepted kind: the MIME type it is stored and served
 * with (decided by the content, never by what the browser claimed), the extensions a
 * display name may end with, and the label shown to people.
 */
export const FILE_KIND_INFO = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], label: 'JPEG' },
  png: { mimeType: 'image/png', extensions: ['png'], label: 'PNG' },
  doc: { mimeType: 'application/msword', extensions: ['doc', 'dot'], label: 'DOC' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX',
  },
  xls: { mimeType: 'application/vnd.ms-excel', extensions: ['xls', 'xlt'], label: 'XLS' },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'XLSX',
  },
} as const satisfies Record<TAcceptedFileKind, { mimeType: string; extensions: readonly string[]; label: string }>;

export const mimeTypeOfKind = (kind: TAcceptedFileKind): string => FILE_KIND_INFO[kind].mimeType;

/** "PDF, DOCX, XLSX" — for messages that tell people what they may upload. */
export const labelsOfKinds = (kinds: readonly TAcceptedFileKind[]): string =>
  kinds.map((kind) => FILE_KIND_INFO[kind].label).join(', ');

/** The lower-case extension of a file name without the dot, or '' */
export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
};
