import { z } from 'zod';
import { zText } from './common.ts';

/**
 * Search text as the database compares it (SQL `search_normalize` in the migration
 * 20261122024059_catalogue_search): lower case, no diacritics (đ → d), words of a-z and
 * 0-9 separated by single spaces. "Cấp Giấy phép xây dựng (mới)" → "cap giay phep xay dung moi".
 */
export const searchNormalize = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** At most this many words of a query are used: longer queries are not more precise. */
export const MAX_SEARCH_WORDS = 8;

/** The distinct words of a query, in order. */
export const searchWords = (query: string): string[] => {
  const normalized = searchNormalize(query);
  return normalized ? [...new Set(normalized.split(' '))].slice(0, MAX_SEARCH_WORDS) : [];
};

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Every word one edit away (delete, swap of neighbours, replace, insert): the spelling
 * candidates looked up in the dictionary of catalogue words (Norvig's corrector).
 */
export const singleEdits = (word: string): string[] => {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (right) edits.add(left + right.slice(1));
    if (right.length > 1) edits.add(left + right[1] + right[0] + right.slice(2));
    for (const c of ALPHABET) {
      if (right) edits.add(left + c + right.slice(1));
      edits.add(left + c + right);
    }
  }
  edits.delete(word);
  return [...edits];
};

/** Scratch matrix of editDistance (it runs for every word of every highlighted name). */
let matrix = new Int32Array(256);

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), bounded. */
export const editDistance = (a: string, b: string, max = 2): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // One flat matrix, row i at i·width.
  const width = b.length + 1;
  if (matrix.length < (a.length + 1) * width) matrix = new Int32Array((a.length + 1) * width * 2);
  const d = matrix;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = i * width;
    d[row] = i;
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(d[row - width + j]! + 1, d[row + j - 1]! + 1, d[row - width + j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, d[row - 2 * width + j - 2]! + 1);
      }
      d[row + j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return d[a.length * width + b.length]!;
};

export const ZHighlightSegment = z.object({ text: zText(), match: z.boolean() });
export type THighlightSegment = z.infer<typeof ZHighlightSegment>;

/** Characters already folded: names use a few hundred distinct characters. */
const foldedChars = new Map<string, string>();

/** One character as search sees it ('Ấ' → 'a', 'đ' → 'd', ',' → ''). */
const foldChar = (c: string): string => {
  let result = foldedChars.get(c);
  if (result === undefined) {
    result = searchNormalize(c);
    if (foldedChars.size < 10_000) foldedChars.set(c, result);
  }
  return result;
};

/**
 * Does a word of the text match the query as the search does: a query word exactly, the
 * beginning of it for the last query word (still being typed), or one typo away.
 */
const wordMatches = (word: string, queryWords: string[], last: string | undefined) =>
  (last !== undefined && word.startsWith(last)) ||
  queryWords.some((q) => word === q || (q.length >= 4 && editDistance(word, q, q.length >= 7 ? 2 : 1) <= (q.length >= 7 ? 2 : 1)));

/**
 * Splits `text` into segments, marking the words that match the query (ignoring case
 * and diacritics, allowing a prefix or a small typo) or one of its spelling
 * `corrections`, with neighbouring matches merged:
 * ("Cấp giấy phép xây dựng", "giay phep") → Cấp ·[giấy phép]· xây dựng.
 */
export const highlightMatches = (text: string, query: string, corrections: readonly string[] = []): THighlightSegment[] =>
  highlighter(query, corrections)(text);

/** highlightMatches for many texts and one query (the query is read once). */
export const highlighter = (query: string, corrections: readonly string[] = []): ((text: string) => THighlightSegment[]) => {
  const typed = searchWords(query);
  const queryWords = [...typed, ...corrections];
  const last = typed.at(-1);
  // Names of one page share most of their words ("cấp", "giấy", "đối với"): each is judged once.
  const judged = new Map<string, boolean>();
  const matches = (word: string) => {
    let match = judged.get(word);
    if (match === undefined) {
      match = queryWords.length > 0 && wordMatches(word, queryWords, last);
      judged.set(word, match);
    }
    return match;
  };
  return (text) => segmentsOf(text, matches);
};

/** Only white space between two marked words: they become one segment. */
const ONLY_SPACES = /^\s*$/u;

/** Characters of the Basic Multilingual Plane as search sees them, by UTF-16 code (most of names: ASCII, Vietnamese letters). */
const foldedCodes = new Map<number, string>();

/** foldChar of the character with this UTF-16 code (not a surrogate): ASCII computed, others looked up once. */
const foldCode = (code: number): string => {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return String.fromCharCode(code); // a-z 0-9
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ''; // A-Z, or a separator
  }
  let result = foldedCodes.get(code);
  if (result === undefined) {
    result = searchNormalize(String.fromCharCode(code));
    foldedCodes.set(code, result);
  }
  return result;
};

// It runs for every name of every page of results: one pass over the text, positions in
// UTF-16 units, segments cut with slice().
function segmentsOf(text: string, matches: (folded: string) => boolean): THighlightSegment[] {
  const nfc = text.normalize('NFC');
  // The marked words, as pairs [start, end) of positions in `nfc`.
  const marked: number[] = [];
  let start = -1;
  let end = 0;
  let folded = '';
  let index = 0;
  while (index < nfc.length) {
    const code = nfc.charCodeAt(index);
    // a character outside the BMP is a surrogate pair: two units
    const next = code >= 0xd800 && code <= 0xdbff ? nfc.charCodeAt(index + 1) : 0;
    const width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const foldedChar = width === 1 && (code < 0xd800 || code > 0xdfff) ? foldCode(code) : foldChar(nfc.slice(index, index + width));
    if (foldedChar && !foldedChar.includes(' ')) {
      if (start < 0) {
        start = index;
        folded = '';
      }
      folded += foldedChar;
      end = index + width;
    } else if (start >= 0) {
      if (matches(folded)) marked.push(start, end);
      start = -1;
    }
    index += width;
  }
  if (start >= 0 && matches(folded)) marked.push(start, end);

  const segments: THighlightSegment[] = [];
  let position = 0;
  for (let i = 0; i < marked.length; i += 2) {
    const from = marked[i]!;
    let to = marked[i + 1]!;
    // Merge with the next marked word when only spaces separate them.
    while (i + 2 < marked.length && ONLY_SPACES.test(nfc.slice(to, marked[i + 2]))) {
      i += 2;
      to = marked[i + 1]!;
    }
    if (from > position) segments.push({ text: nfc.slice(position, from), match: false });
    segments.push({ text: nfc.slice(from, to), match: true });
    position = to;
  }
  if (position < nfc.length) segments.push({ text: nfc.slice(position), match: false });
  return segments;
}
