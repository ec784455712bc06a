/**
 * Search URLs for bench/catalogue.ts.
 *
 * - popularSearchPaths: a short fixed list of what citizens search most (with and without
 *   diacritics, a typo, codes, a few filters). Repeated, they measure the response cache.
 * - coldSearchPaths: thousands of DISTINCT searches drawn from the catalogue itself (the
 *   names and codes of the loaded procedures), so that no two requests of a run share a
 *   URL: windows of 1–5 words of a name with or without diacritics, the last word cut
 *   short (still typing), one typo, whole names, codes and their beginnings, words in no
 *   name, and a quarter of them with filters (field, agency, service level, online).
 *
 * Deterministic (seeded), so that two runs measure the same requests.
 */
import { searchNormalize } from '../../packages/domain/src/catalogue-search.ts';

export interface CatalogueSample {
  /** name, code, field and agency of procedures (all of them or a large sample) */
  procedures: { name: string; code: string; fieldId: string; agencyId: string }[];
  fieldIds: string[];
  agencyIds: string[];
}

/** Mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const path = (q: string, extra = '') => `/api/v1/procedures?q=${encodeURIComponent(q)}${extra}`;

/** The most searched procedures, as typed: the warm (cached) run repeats these. */
export function popularSearchPaths(fieldIds: string[], agencyIds: string[]): string[] {
  const queries = [
    'giay phep xay dung', 'Cấp giấy phép xây dựng', 'giấy phép xây', 'khai sinh', 'dang ky khai sinh', 'khai sihn',
    'giay phep xay dnug', 'ket hon', 'đăng ký kết hôn', 'thuong tru', 'tam tru', 'ho kinh doanh', 'doanh nghiep',
    'chung chi hanh nghe duoc', 'an toan thuc pham', 'karaoke', 'giay phep lai xe', 'lu hanh', 'bao ve moi truong',
    'tro cap that nghiep', 'nguoi co cong', 'xac nhan tinh trang hon nhan', 'ly lich tu phap', 'chung thuc', 'cong chung',
    'cap lai', 'gia han giay phep', 'thu hoi', 'dat dai', 'quyen su dung dat', 'khoang san', 'nuoc thai', 'ruou', 'thuoc la',
    'xang dau', 'mai tang', 'hoc nghe', 'ton giao', 'tin nguong', 'khen thuong', 'tuyen sinh lop 10', 'ngoai ngu',
    'giay phep', 'dang ky', 'cap', '1.009994', '2.9001', 'giay chung nhan dang ky doanh nghiep', 'thay doi thong tin',
  ];
  const paths: string[] = [];
  queries.forEach((q, index) => {
    paths.push(path(q));
    if (index % 3 === 0) paths.push(path(q, `&fieldId=${fieldIds[index % fieldIds.length]}`));
    if (index % 4 === 0) paths.push(path(q, `&agencyId=${agencyIds[index % agencyIds.length]}`));
    if (index % 5 === 0) paths.push(path(q, '&online=true&level=full_online'));
  });
  return paths;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing mistake in a word of 4+ letters: swap, drop, double or replace a letter. */
function typo(word: string, rnd: () => number): string {
  const chars = Array.from(word);
  const at = 1 + Math.floor(rnd() * (chars.length - 2));
  switch (Math.floor(rnd() * 4)) {
    case 0:
      [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      break;
    case 1:
      chars.splice(at, 1);
      break;
    case 2:
      chars.splice(at, 0, chars[at]!);
      break;
    default:
      chars[at] = LETTERS[Math.floor(rnd() * LETTERS.length)]!;
  }
  return chars.join('');
}

/** The kinds of search and their share of the cold run. */
export const COLD_MIX = [
  ['words', 0.3], // 2–5 consecutive words of a name, as written (diacritics)
  ['plain', 0.2], // the same without diacritics
  ['typing', 0.12], // 1–3 words, the last cut after 2+ letters
  ['word', 0.08], // one word of 3+ letters: broad
  ['typo', 0.12], // 2–4 words, one of them mistyped
  ['name', 0.08], // the whole name, sometimes without diacritics
  ['code', 0.06], // a code or its beginning
  ['unknown', 0.04], // words in no name (nothing found, spelling correction tried)
] as const;

/**
 * `count` distinct search URLs. A quarter carry filters: the field or the agency of the
 * procedure the words come from (or another one), a service level, online only.
 */
export function coldSearchPaths(sample: CatalogueSample, count: number, seed = 20261122): string[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const cumulative: [string, number][] = [];
  let sum = 0;
  for (const [kind, share] of COLD_MIX) cumulative.push([kind, (sum += share)]);
  const kindOf = () => {
    const x = rnd() * sum;
    return cumulative.find(([, upTo]) => x < upTo)![0];
  };
  const casing = (text: string) => (rnd() < 0.7 ? text.toLowerCase() : text);

  const seen = new Set<string>();
  const paths: string[] = [];
  for (let attempt = 0; paths.length < count && attempt < count * 50; attempt++) {
    const procedure = pick(sample.procedures);
    const words = procedure.name.replace(/[(),.;:]/g, ' ').split(/\s+/).filter(Boolean);
    const window = (min: number, max: number) => {
      const length = Math.min(words.length, between(min, max));
      const start = between(0, words.length - length);
      return words.slice(start, start + length);
    };
    let q: string;
    switch (kindOf()) {
      case 'words':
        q = casing(window(2, 5).join(' '));
        break;
      case 'plain':
        q = searchNormalize(window(2, 5).join(' '));
        break;
      case 'typing': {
        const part = window(1, 3);
        const last = searchNormalize(part.at(-1)!);
        if (last.length < 3) continue;
        part[part.length - 1] = last.slice(0, between(2, last.length - 1));
        q = searchNormalize(part.join(' '));
        break;
      }
      case 'word': {
        const word = pick(words);
        if (searchNormalize(word).length < 3) continue;
        q = rnd() < 0.5 ? word.toLowerCase() : searchNormalize(word);
        break;
      }
      case 'typo': {
        const part = window(2, 4).map((word) => searchNormalize(word));
        const candidates = part.map((word, index) => [word, index] as const).filter(([word]) => word.length >= 4);
        if (candidates.length === 0) continue;
        const [word, index] = pick(candidates);
        part[index] = typo(word, rnd);
        q = part.join(' ');
        break;
      }
      case 'name':
        q = rnd() < 0.5 ? procedure.name : searchNormalize(procedure.name);
        break;
      case 'code':
        q = rnd() < 0.4 ? procedure.code : procedure.code.slice(0, between(4, procedure.code.length - 1));
        break;
      default:
        q = `${pick(['xqz', 'vwk', 'zzy', 'qop', 'jjh'])}${between(10, 999)} ${typo('thutuc', rnd)}`;
    }
    if (!searchNormalize(q)) continue;
    let extra = '';
    if (rnd() < 0.25) {
      const filter = rnd();
      if (filter < 0.3) extra = `&fieldId=${rnd() < 0.7 ? procedure.fieldId : pick(sample.fieldIds)}`;
      else if (filter < 0.55) extra = `&agencyId=${rnd() < 0.7 ? procedure.agencyId : pick(sample.agencyIds)}`;
      else if (filter < 0.75) extra = '&online=true';
      else if (filter < 0.9) extra = `&level=${pick(['full_online', 'partial_online', 'info_only'])}`;
      else extra = `&fieldId=${procedure.fieldId}&online=true`;
    }
    const url = path(q, extra);
    if (seen.has(url)) continue;
    seen.add(url);
    paths.push(url);
  }
  return paths;
}
