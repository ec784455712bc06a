import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, ERROR_CODES, isErrorCode, type TErrorCode } from '@portal/domain';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

interface ProblemOptions {
  detail?: string;
  fieldErrors?: Record<string, string>;
  extra?: Record<string, unknown>;
}

/** Sends an RFC 9457 problem document with the stable `code` and its Vietnamese title. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: TErrorCode, options: ProblemOptions = {}) {
  const entry = ERROR_CODES[code];
  const body: Record<string, unknown> = {
    type: `about:blank#${code}`,
    title: entry.vi,
    status: entry.status,
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.fieldErrors && Object.keys(options.fieldErrors).length > 0 ? { errors: options.fieldErrors } : {}),
    instance: request.url,
    requestId: request.id,
    ...options.extra,
  };
  return reply.status(entry.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

function fieldErrorsFromValidation(error: FastifyError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
    const path = params?.issue?.path?.map(String).join('.') || issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
    errors[path] ??= issue.message ?? 'Giá trị không hợp lệ';
  }
  return errors;
}

/**
 * A zod issue may name the domain error it stands for (`params.code`, e.g. WEAK_PASSWORD
 * in @portal/domain's accounts schemas): the answer then carries that code.
 */
function domainCodeFromValidation(error: FastifyError): TErrorCode | null {
  for (const issue of error.validation ?? []) {
    const code = (issue.params as { params?: { code?: unknown } } | undefined)?.params?.code;
    if (isErrorCode(code)) return code;
  }
  return null;
}

const STATUS_TO_CODE: Record<number, TErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The one place errors become HTTP answers: domain error codes, request validation,
 * Fastify's own errors, and everything else as a 500 without internals.
 */
export default fp(
  async function problemDetails(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof DomainError) {
        return sendProblem(reply, request, error.code, {
          fieldErrors: error.fieldErrors,
          extra: error.details ? { details: error.details } : undefined,
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const validation = error as unknown as FastifyError;
        return sendProblem(reply, request, domainCodeFromValidation(validation) ?? 'VALIDATION_FAILED', {
          fieldErrors: fieldErrorsFromValidation(validation),
        });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema');
        return sendProblem(reply, request, 'INTERNAL_ERROR');
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'unhandled error');
        return sendProblem(reply, request, status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR');
      }
      const code = STATUS_TO_CODE[status] ?? 'BAD_REQUEST';
      return sendProblem(reply, request, code, { detail: error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'Invalid JSON body' : undefined });
    });

    app.setNotFoundHandler((request, reply) => sendProblem(reply, request, 'NOT_FOUND'));
  },
  { name: 'problem-details' },
);
