import type { FastifySchemaCompiler } from 'fastify';
import { DomainError, fieldErrorsOf, httpStatusOf, isErrorCode, validationErrorMap } from '@portal/domain';
import { z } from 'zod';

const vietnamese = validationErrorMap('vi');

/**
 * Request validation for the administration forms: the same zod schemas, but the
 * messages a schema does not spell out itself (those of the shared form definition,
 * e.g. an empty label deep in a table column) come in Vietnamese rather than zod's
 * English defaults, so the admin sees every field error in the language of the UI.
 * A refusal is the usual 400 VALIDATION_FAILED problem with `errors` per field path.
 */
export const vietnameseValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: vietnamese });
    if (result.success) return { value: result.data };
    // An issue may name its domain error (zPathId: a malformed id in the path is the route's not-found)
    const code = result.error.issues.map((issue) => (issue as { params?: { code?: unknown } }).params?.code).find(isErrorCode);
    if (code && httpStatusOf(code) === 404) return { error: new DomainError(code) };
    return { error: new DomainError(code ?? 'VALIDATION_FAILED', { fieldErrors: fieldErrorsOf(result.error) }) };
  };
