import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translateDomainMessage } from './messages-en.ts';
import { translateValidationMessage, validationErrorMap } from './validation-messages.ts';
import { ZDossierCreate } from './dossiers.ts';

const messages = (schema: z.ZodType, value: unknown, language: 'vi' | 'en' = 'vi') => {
  const result = schema.safeParse(value, { error: validationErrorMap(language) });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('the validation error map', () => {
  it('writes zod’s default messages in Vietnamese', () => {
    expect(messages(z.string().min(1), '')).toEqual(['Không được để trống']);
    expect(messages(z.string().max(5), 'abcdefgh')).toEqual(['Tối đa 5 ký tự']);
    expect(messages(z.object({ a: z.string() }), {})).toEqual(['Bắt buộc nhập']);
    expect(messages(z.coerce.number().int().min(0).max(65535), 'abc')).toEqual(['Phải là một số']);
    expect(messages(z.number().max(10), 11)).toEqual(['Phải nhỏ hơn hoặc bằng 10']);
    expect(messages(z.email(), 'x')).toEqual(['Địa chỉ e-mail không hợp lệ']);
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['Phải là một trong các giá trị: a, b']);
    expect(messages(z.strictObject({}), { x: 1 })).toEqual(['Trường không được chấp nhận: x']);
  });

  it('writes them in English with the English map', () => {
    expect(messages(z.string().min(1), '', 'en')).toEqual(['Must not be empty']);
    expect(messages(z.string().min(3), 'a', 'en')).toEqual(['At least 3 characters']);
    expect(messages(z.coerce.number(), 'abc', 'en')).toEqual(['Must be a number']);
  });

  it('keeps a schema’s own message', () => {
    expect(messages(z.string().min(1, 'Nhập họ tên'), '')).toEqual(['Nhập họ tên']);
  });

  it('gives no library text for a shared schema', () => {
    const found = messages(ZDossierCreate, { procedureId: '' });
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).not.toMatch(/expected|Too small|Invalid input/i);
  });

  it('turns each Vietnamese message back into the English one', () => {
    const cases: Array<[z.ZodType, unknown]> = [
      [z.string().min(1), ''],
      [z.string().min(4), 'a'],
      [z.array(z.string()).max(2), ['a', 'b', 'c']],
      [z.number().gt(3), 1],
      [z.object({ a: z.boolean() }), { a: 'x' }],
      [z.uuid(), 'x'],
      [z.enum(['a', 'b']), 'c'],
    ];
    for (const [schema, value] of cases) {
      const vi = messages(schema, value, 'vi');
      expect(vi.map((message) => translateValidationMessage(message))).toEqual(messages(schema, value, 'en'));
      expect(vi.map((message) => translateDomainMessage(message, 'en'))).toEqual(messages(schema, value, 'en'));
    }
    expect(translateValidationMessage('Phải là công dân')).toBeNull();
  });
});
