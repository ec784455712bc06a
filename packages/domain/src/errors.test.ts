import { describe, it, expect } from 'vitest';
import {
  DomainError,
  ERROR_CODES,
  ERROR_CODE_LIST,
  ZErrorCode,
  ZProblem,
  httpStatusOf,
  isDomainError,
  isErrorCode,
  toProblem,
  type TErrorCode,
} from './errors.ts';

describe('ERROR_CODES', () => {
  it('maps the required codes to their HTTP statuses', () => {
    const expected: Record<string, number> = {
      VALIDATION_FAILED: 400,
      BAD_REQUEST: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      VERSION_CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RATE_LIMITED: 429,
      INTERNAL_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
      DOSSIER_ACTION_NOT_ALLOWED: 409,
      DOSSIER_ROLE_NOT_ALLOWED: 403,
      DOSSIER_NOT_EDITABLE: 409,
      DOSSIER_NOT_DELETABLE: 409,
      DOSSIER_INCOMPLETE: 422,
      DOSSIER_NOT_FOUND: 404,
      PROCEDURE_NOT_FOUND: 404,
      PROCEDURE_NOT_ONLINE: 409,
      INVALID_CREDENTIALS: 401,
      ACCOUNT_NOT_ACTIVATED: 403,
      USERNAME_TAKEN: 409,
      EMAIL_TAKEN: 409,
      WEAK_PASSWORD: 400,
      CAPTCHA_INVALID: 400,
      TOKEN_INVALID: 400,
      TOKEN_EXPIRED: 400,
      CSRF_INVALID: 403,
    };
    for (const [code, status] of Object.entries(expected)) {
      expect(isErrorCode(code), code).toBe(true);
      expect(httpStatusOf(code as TErrorCode), code).toBe(status);
    }
  });

  it('every entry has a Vietnamese and English title and an error status', () => {
    for (const code of ERROR_CODE_LIST) {
      const entry = ERROR_CODES[code];
      expect(entry.vi.trim().length, code).toBeGreaterThan(0);
      expect(entry.en.trim().length, code).toBeGreaterThan(0);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    }
  });

  it('ZErrorCode and isErrorCode accept only known codes', () => {
    expect(ZErrorCode.parse('NOT_FOUND')).toBe('NOT_FOUND');
    expect(ZErrorCode.safeParse('NOPE').success).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});

describe('DomainError', () => {
  it('carries the code, status, field errors and details', () => {
    const error = new DomainError('DOSSIER_INCOMPLETE', {
      fieldErrors: { fullName: 'Vui lòng nhập Họ và tên' },
      details: { missingComponents: ['c1'] },
    });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('DOSSIER_INCOMPLETE');
    expect(error.status).toBe(422);
    expect(error.message).toBe(ERROR_CODES.DOSSIER_INCOMPLETE.en);
    expect(error.fieldErrors).toEqual({ fullName: 'Vui lòng nhập Họ và tên' });
    expect(error.details).toEqual({ missingComponents: ['c1'] });
  });

  it('leaves optional parts undefined and keeps a cause', () => {
    const cause = new Error('db down');
    const error = new DomainError('SERVICE_UNAVAILABLE', { message: 'database unreachable', cause });
    expect(error.message).toBe('database unreachable');
    expect(error.cause).toBe(cause);
    expect(error.fieldErrors).toBeUndefined();
    expect(error.details).toBeUndefined();
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});

describe('ZProblem / toProblem', () => {
  it('builds a valid problem body with the Vietnamese title', () => {
    const problem = toProblem('VALIDATION_FAILED', {
      errors: { 'address.provinceCode': 'Vui lòng chọn Tỉnh/Thành phố' },
      requestId: 'req-1',
    });
    expect(ZProblem.parse(problem)).toEqual({
      type: 'urn:portal:problem:validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: { 'address.provinceCode': 'Vui lòng chọn Tỉnh/Thành phố' },
      requestId: 'req-1',
    });
  });

  it('omits empty field errors and rejects malformed bodies', () => {
    expect(toProblem('NOT_FOUND', { errors: {} })).not.toHaveProperty('errors');
    expect(ZProblem.safeParse({ type: 'x', title: 't', status: 404 }).success).toBe(false);
    expect(ZProblem.safeParse({ type: 'x', title: 't', status: 404, code: 'NOT_FOUND', errors: { a: 1 } }).success).toBe(
      false,
    );
  });
});
