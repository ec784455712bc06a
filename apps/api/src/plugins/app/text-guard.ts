import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { COMMON_MESSAGES, hasInvalidTextChars } from '@portal/domain';
import { sendProblem } from './problem-details.ts';

type Found = { path: string } | null;

/**
 * The first string (value or key) holding U+0000 or a lone surrogate, with its path
 * ('applicant.fullName', 'items.0.name'). Iterative, so a deeply nested body cannot
 * overflow the stack.
 */
export function findInvalidText(value: unknown, root = ''): Found {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (hasInvalidTextChars(current)) return { path };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: path ? `${path}.${index}` : String(index) }));
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = path ? `${path}.${key}` : key;
        if (hasInvalidTextChars(key)) return { path: itemPath };
        stack.push({ value: item, path: itemPath });
      }
    }
  }
  return null;
}

/**
 * A safety net under the route schemas (which refuse such text with zText): PostgreSQL
 * refuses NUL and cannot encode a lone surrogate, so a string holding either, anywhere in
 * the path, query, body or headers, is answered here and never reaches the database.
 * A path with one names nothing (404); a query or body is a validation error naming the
 * field (400); a header is a bad request.
 */
export default fp(
  async function textGuard(app: FastifyInstance) {
    app.addHook('preValidation', async (request, reply) => {
      if (findInvalidText(request.params)) return sendProblem(reply, request, 'NOT_FOUND');
      for (const part of ['query', 'body'] as const) {
        const found = findInvalidText(request[part]);
        if (found) return sendProblem(reply, request, 'VALIDATION_FAILED', { fieldErrors: { [found.path || '_']: COMMON_MESSAGES.invalidText } });
      }
      for (const [name, header] of Object.entries(request.headers)) {
        if (findInvalidText(header)) return sendProblem(reply, request, 'BAD_REQUEST', { detail: `Invalid character in header ${name}` });
      }
    });
  },
  { name: 'text-guard', dependencies: ['problem-details'] },
);
