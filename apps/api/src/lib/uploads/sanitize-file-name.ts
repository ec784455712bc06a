import { extensionOf, FILE_KIND_INFO, type TAcceptedFileKind } from './file-kinds.ts';

export const MAX_FILE_NAME_LENGTH = 150;
const FALLBACK_NAME = 'tep-dinh-kem';

/** Names Windows refuses to create, whatever the extension */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name safe to show and to offer for download, from whatever the browser sent:
 * the last path segment only (no `C:\fakepath\`, no `../`), Unicode NFC so Vietnamese
 * letters compare equal however they were typed, no control or format characters (a
 * right-to-left override can make "hoso\u202Efdp.exe" look like "hosoexe.pdf"), none of
 * the characters file systems reserve, runs of spaces collapsed, at most `maxLength`
 * characters with the extension kept. Vietnamese letters are kept as they are.
 */
export function sanitizeFileName(raw: string, maxLength = MAX_FILE_NAME_LENGTH): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name) return FALLBACK_NAME;
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return truncateKeepingExtension(name, maxLength);
}

/**
 * The sanitized name, ending with an extension of the kind the content really is: a PNG
 * uploaded as "scan.pdf" is offered back as "scan.pdf.png", never as something a
 * computer would open with the wrong program.
 */
export function displayNameForKind(raw: string, kind: TAcceptedFileKind, maxLength = MAX_FILE_NAME_LENGTH): string {
  const name = sanitizeFileName(raw, maxLength);
  const extensions: readonly string[] = FILE_KIND_INFO[kind].extensions;
  if (extensions.includes(extensionOf(name))) return name;
  const suffix = `.${extensions[0]}`;
  return `${truncateKeepingExtension(name, maxLength - suffix.length)}${suffix}`;
}

/** Cuts by code points (never half a surrogate pair), keeping a short extension. */
function truncateKeepingExtension(name: string, maxLength: number): string {
  if ([...name].length <= maxLength) return name;
  const extension = extensionOf(name);
  const suffix = extension && extension.length <= 10 ? name.slice(name.lastIndexOf('.')) : '';
  const stem = [...name.slice(0, name.length - suffix.length)]
    .slice(0, Math.max(1, maxLength - [...suffix].length))
    .join('')
    .trimEnd();
  return `${stem}${suffix}`;
}
