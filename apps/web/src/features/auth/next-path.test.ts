import { describe, expect, it } from 'vitest';
import { safeNextPath, tokenFromLocation } from './next-path.ts';

describe('safeNextPath', () => {
  it('keeps paths of this site and refuses anything that could leave it', () => {
    expect(safeNextPath('/ca-nhan/thong-tin?tab=1')).toBe('/ca-nhan/thong-tin?tab=1');
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(bad)).toBeNull();
    }
  });
});

describe('tokenFromLocation', () => {
  it('reads the token from the fragment, or else the query', () => {
    expect(tokenFromLocation({ hash: '#token=abc_DEF-1', search: '' })).toBe('abc_DEF-1');
    expect(tokenFromLocation({ hash: '', search: '?token=xyz' })).toBe('xyz');
    expect(tokenFromLocation({ hash: '', search: '' })).toBeNull();
  });
});
