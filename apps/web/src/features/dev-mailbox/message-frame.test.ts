import { describe, expect, it } from 'vitest';
import { messageDocument } from './message-frame.ts';

describe('messageDocument', () => {
  it('makes the links of a mail open in the page, not inside the frame', () => {
    expect(messageDocument('<html><head lang="vi"><title>x</title></head><body>y</body></html>')).toBe(
      '<html><head lang="vi"><base target="_top"><title>x</title></head><body>y</body></html>',
    );
    expect(messageDocument('<p>chỉ thân thư</p>')).toContain('<head><meta charset="utf-8"><base target="_top"></head><body><p>chỉ thân thư</p></body>');
  });
});
