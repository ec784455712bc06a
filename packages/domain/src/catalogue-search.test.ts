import { describe, expect, it } from 'vitest';
import { editDistance, highlightMatches, highlighter, searchNormalize, searchWords, singleEdits } from './catalogue-search.ts';

describe('searchNormalize', () => {
  it('drops case, diacritics (đ included) and punctuation', () => {
    expect(searchNormalize('Cấp Giấy phép xây dựng (mới), ĐĂNG KÝ')).toBe('cap giay phep xay dung moi dang ky');
    expect(searchNormalize('Ưu đãi người có công')).toBe('uu dai nguoi co cong');
    expect(searchNormalize('  \t ')).toBe('');
  });

  it('treats decomposed (NFD) input like composed input', () => {
    expect(searchNormalize('Khai sinh Đức'.normalize('NFD'))).toBe('khai sinh duc');
  });
});

describe('searchWords', () => {
  it('gives distinct words in order, at most eight', () => {
    expect(searchWords('Giấy phép, giay PHEP xây dựng')).toEqual(['giay', 'phep', 'xay', 'dung']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords('!!!')).toEqual([]);
  });
});

describe('spelling candidates', () => {
  it('finds swapped, missing, extra and wrong letters one edit away', () => {
    const edits = singleEdits('dnug');
    expect(edits).toContain('dung'); // swap
    expect(singleEdits('sinh')).toEqual(expect.arrayContaining(['sin', 'sinhh', 'sanh', 'isnh']));
    expect(edits).not.toContain('dnug');
  });

  it('measures edit distance with swaps of neighbours as one edit, bounded', () => {
    expect(editDistance('dnug', 'dung')).toBe(1);
    expect(editDistance('sihn', 'sinh')).toBe(1);
    expect(editDistance('kethon', 'ket hon'.replace(' ', ''))).toBe(0);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('highlightMatches', () => {
  const marked = (text: string, q: string, corrections: string[] = []) =>
    highlightMatches(text, q, corrections).filter((s) => s.match).map((s) => s.text);

  it('marks matched words with their diacritics and merges neighbours', () => {
    expect(highlightMatches('Cấp giấy phép xây dựng', 'giay phep')).toEqual([
      { text: 'Cấp ', match: false },
      { text: 'giấy phép', match: true },
      { text: ' xây dựng', match: false },
    ]);
  });

  it('marks a word being typed (prefix) and a word with a small typo', () => {
    expect(marked('Cấp giấy phép xây dựng', 'xay d')).toEqual(['xây dựng']);
    expect(marked('Đăng ký khai sinh', 'khai sihn')).toEqual(['khai sinh']);
  });

  it('keeps the text intact and marks nothing for an empty query', () => {
    const text = 'Đăng ký thường trú (đối với công dân)';
    expect(highlightMatches(text, '').map((s) => s.text).join('')).toBe(text);
    expect(marked(text, '')).toEqual([]);
    expect(highlightMatches(text, 'thuong tru').map((s) => s.text).join('')).toBe(text);
    expect(marked(text, 'thuong tru')).toEqual(['thường trú']);
    // only the last word is a prefix, as in the search
    expect(marked(text, 'th tru')).toEqual(['trú']);
  });

  it('marks the spelling corrections the search used', () => {
    expect(marked('Cấp giấy phép xây dựng', 'giay phep xay dnug', ['dung'])).toEqual(['giấy phép xây dựng']);
  });

  it('highlights many names of one query like highlightMatches, each on its own', () => {
    const names = ['Cấp giấy phép xây dựng', 'Cấp lại giấy phép lái xe', 'Đăng ký khai sinh', 'Gia hạn giấy phép xây dựng'];
    const forQuery = highlighter('giay phep xay dnug', ['dung']);
    for (const name of [...names, ...names]) expect(forQuery(name)).toEqual(highlightMatches(name, 'giay phep xay dnug', ['dung']));
    // another query judges words afresh
    expect(highlighter('lai xe')('Cấp lại giấy phép lái xe').filter((s) => s.match).map((s) => s.text)).toEqual(['lại', 'lái xe']);
  });
});
