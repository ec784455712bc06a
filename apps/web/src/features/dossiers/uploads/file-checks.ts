import { MAX_DOSSIER_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_COMPONENT, type ACCEPTED_FILE_KINDS } from '@portal/domain';

type TFileKind = (typeof ACCEPTED_FILE_KINDS)[number];

/**
 * Checks made in the browser before a byte is sent, so a citizen on a slow connection
 * does not wait for a refusal. The API checks everything again, the type by content
 * (a renamed executable is refused there); here only the name's extension is known.
 */
export const FILE_KIND_EXTENSIONS: Readonly<Record<TFileKind, readonly string[]>> = {
  pdf: ['.pdf'],
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  doc: ['.doc'],
  docx: ['.docx'],
  xls: ['.xls'],
  xlsx: ['.xlsx'],
};

const KIND_LABELS: Readonly<Record<TFileKind, string>> = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
};

export const kindsLabel = (kinds: readonly TFileKind[]): string => kinds.map((kind) => KIND_LABELS[kind]).join(', ');

/** The file picker's `accept`: the extensions of the accepted kinds. */
export const acceptAttribute = (kinds: readonly TFileKind[]): string => kinds.flatMap((kind) => FILE_KIND_EXTENSIONS[kind]).join(',');

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

export type TFileRefusal =
  | { reason: 'wrongType' }
  | { reason: 'tooLarge'; limit: number }
  | { reason: 'tooMany'; limit: number }
  | { reason: 'dossierFull'; limit: number };

export interface FileCheckContext {
  acceptedTypes: readonly TFileKind[];
  /** Files the component already has, plus those on their way */
  componentFileCount: number;
  /** Bytes the dossier already holds, plus those on their way */
  dossierBytes: number;
}

/**
 * Splits the chosen files into those to send and those refused (with the reason), in
 * order: each accepted file counts against the limits of the next ones.
 */
export function checkFiles(files: readonly File[], context: FileCheckContext): { accepted: File[]; refused: { file: File; refusal: TFileRefusal }[] } {
  const accepted: File[] = [];
  const refused: { file: File; refusal: TFileRefusal }[] = [];
  let count = context.componentFileCount;
  let bytes = context.dossierBytes;
  const extensions = new Set(context.acceptedTypes.flatMap((kind) => FILE_KIND_EXTENSIONS[kind]));
  for (const file of files) {
    let refusal: TFileRefusal | null = null;
    if (!extensions.has(extensionOf(file.name))) refusal = { reason: 'wrongType' };
    else if (file.size > MAX_FILE_BYTES) refusal = { reason: 'tooLarge', limit: MAX_FILE_BYTES };
    else if (count >= MAX_FILES_PER_COMPONENT) refusal = { reason: 'tooMany', limit: MAX_FILES_PER_COMPONENT };
    else if (bytes + file.size > MAX_DOSSIER_BYTES) refusal = { reason: 'dossierFull', limit: MAX_DOSSIER_BYTES };
    if (refusal) {
      refused.push({ file, refusal });
    } else {
      accepted.push(file);
      count += 1;
      bytes += file.size;
    }
  }
  return { accepted, refused };
}

/** "20 MB", "1,5 MB", "320 KB" as citizens read sizes. */
export function formatBytes(bytes: number, language: string): string {
  const number = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} MB`;
  return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
