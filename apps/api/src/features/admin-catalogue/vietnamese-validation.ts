import type { FastifySchemaCompiler } from 'fastify';
import { DomainError, fieldErrorsOf } from '@portal/domain';
import { z } from 'zod';

const vietnamese = z.locales.vi().localeError;

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
    return { error: new DomainError('VALIDATION_FAILED', { fieldErrors: fieldErrorsOf(result.error) }) };
  };
