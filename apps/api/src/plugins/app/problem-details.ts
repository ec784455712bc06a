import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, ERROR_CODES, isErrorCode, translateDomainMessage, type TErrorCode } from '@portal/domain';
import { isMalformedMultipart, malformedUpload } from '../../lib/uploads/malformed-multipart.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Retry-After of every 503: a database restart or a short overload is usually over by then. */
export const RETRY_AFTER_SECONDS = 5;

interface ProblemOptions {
  detail?: string;
  fieldErrors?: Record<string, string>;
  extra?: Record<string, unknown>;
}

/** 'en' when the request's first choice (Accept-Language) is English; else Vietnamese. */
export function requestLanguage(request: FastifyRequest): 'vi' | 'en' {
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'vi';
}

/** Field messages are written in Vietnamese; an English reader gets their English. */
function localizedFieldErrors(request: FastifyRequest, errors: Record<string, string> | undefined) {
  if (!errors || requestLanguage(request) === 'vi') return errors;
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, translateDomainMessage(message, 'en')]));
}

/**
 * Sends an RFC 9457 problem document with the stable `code` and its Vietnamese title;
 * field errors in Vietnamese, or in English for `Accept-Language: en`.
 */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: TErrorCode, options: ProblemOptions = {}) {
  const entry = ERROR_CODES[code];
  const fieldErrors = localizedFieldErrors(request, options.fieldErrors);
  const body: Record<string, unknown> = {
    type: `about:blank#${code}`,
    title: entry.vi,
    status: entry.status,
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { errors: fieldErrors } : {}),
    instance: request.url,
    requestId: request.id,
    ...options.extra,
  };
  if (entry.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
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
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Fastify's and @fastify/multipart's own refusals: a stable code and a detail in English
 * (the title stays the Vietnamese one of the code) instead of their bare messages.
 */
const FRAMEWORK_ERRORS: Record<string, { code: TErrorCode; detail: string }> = {
  FST_ERR_BAD_URL: { code: 'BAD_REQUEST', detail: 'The address has a malformed percent-encoding' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', detail: 'A path parameter is too long' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', detail: 'The body is empty but Content-Type is application/json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_REQUEST', detail: 'Invalid JSON body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', detail: 'The body size does not match Content-Length' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than the server accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'This Content-Type is not accepted here' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Expected a multipart/form-data body' },
  FST_PROTO_VIOLATION: { code: 'BAD_REQUEST', detail: 'Forbidden field name' },
};
const frameworkErrorOf = (code: unknown) => (typeof code === 'string' && Object.hasOwn(FRAMEWORK_ERRORS, code) ? FRAMEWORK_ERRORS[code] : undefined);

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors`
 * option, set in app.ts): a malformed percent-escape, a path parameter over the router's
 * limit. Without it Fastify answers them in its own plain JSON.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = frameworkErrorOf(error.code);
  reply.header('x-request-id', request.id);
  if (!known) {
    request.log.error({ err: error }, 'router error');
    return sendProblem(reply, request, 'INTERNAL_ERROR');
  }
  return sendProblem(reply, request, known.code, { detail: known.detail });
}

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
        const code = domainCodeFromValidation(validation) ?? 'VALIDATION_FAILED';
        // A malformed id in the path (zPathId) names no record: answered like an unknown one, without field errors
        return sendProblem(reply, request, code, {
          fieldErrors: ERROR_CODES[code].status === 404 ? undefined : fieldErrorsFromValidation(validation),
        });
      }
      // An unparseable multipart body (no or wrong boundary, cut off) from request.file()
      if (isMalformedMultipart(error)) return sendProblem(reply, request, 'UPLOAD_MALFORMED', { fieldErrors: malformedUpload(error).fieldErrors });
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema');
        return sendProblem(reply, request, 'INTERNAL_ERROR');
      }
      // The database is down, restarting, frozen or overloaded: try again soon, not a bug.
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'the database is unavailable');
        return sendProblem(reply, request, 'SERVICE_UNAVAILABLE');
      }
      const known = frameworkErrorOf(error.code);
      if (known) return sendProblem(reply, request, known.code, { detail: known.detail });
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'unhandled error');
        return sendProblem(reply, request, status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR');
      }
      const code = STATUS_TO_CODE[status] ?? 'BAD_REQUEST';
      return sendProblem(reply, request, code);
    });

    app.setNotFoundHandler((request, reply) => sendProblem(reply, request, 'NOT_FOUND'));
  },
  { name: 'problem-details' },
);
