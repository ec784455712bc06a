import { z } from 'zod';

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

export const ZHighlightSegment = z.object({ text: z.string(), match: z.boolean() });
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

function segmentsOf(text: string, matches: (folded: string) => boolean): THighlightSegment[] {
  const chars = Array.from(text.normalize('NFC'));
  // Words of the text with their position in `chars` and their folded form.
  const words: { start: number; end: number; folded: string }[] = [];
  let current: { start: number; end: number; folded: string } | null = null;
  chars.forEach((c, index) => {
    const folded = foldChar(c);
    if (folded && !folded.includes(' ')) {
      if (!current) current = { start: index, end: index, folded: '' };
      current.end = index + 1;
      current.folded += folded;
    } else if (current) {
      words.push(current);
      current = null;
    }
  });
  if (current) words.push(current);

  const marked = words.filter((word) => matches(word.folded));
  const segments: THighlightSegment[] = [];
  let position = 0;
  let index = 0;
  while (index < marked.length) {
    const start = marked[index]!.start;
    let end = marked[index]!.end;
    // Merge with the next marked word when only spaces separate them.
    while (index + 1 < marked.length && chars.slice(end, marked[index + 1]!.start).every((c) => /\s/u.test(c))) {
      index += 1;
      end = marked[index]!.end;
    }
    if (start > position) segments.push({ text: chars.slice(position, start).join(''), match: false });
    segments.push({ text: chars.slice(start, end).join(''), match: true });
    position = end;
    index += 1;
  }
  if (position < chars.length) segments.push({ text: chars.slice(position).join(''), match: false });
  return segments;
}
