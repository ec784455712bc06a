import type { FastifyInstance, FastifySchemaCompiler, onRouteHookHandler, preValidationAsyncHookHandler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { COMMON_MESSAGES, DomainError } from '@portal/domain';
import { z } from 'zod';

/**
 * Unknown query parameters answer 400 VALIDATION_FAILED (each one named in the field
 * errors) instead of being silently ignored: `?updatedSnce=…` (a typo) must not answer
 * every record as if no filter had been asked for.
 *
 * - A route with a querystring schema: its zod schema is wrapped, in the validator
 *   compiler, by a check of the parameter names against the keys the schema declares
 *   (objects, through optional/default/pipe/transform, unions and intersections). A schema
 *   whose keys cannot be known (a record, a loose object) is left as it is.
 * - An API route (`/api/v1/…`) without one takes no query parameter at all.
 * Everything else (the SPA, static files, `/api/openapi.json`, the site files) is untouched.
 */

type ZodLike = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The parameter names a schema declares; null when it accepts any name. */
export function declaredKeys(schema: unknown): Set<string> | null {
  const def = (schema as ZodLike | undefined)?._zod?.def;
  if (!def) return null;
  switch (def.type) {
    case 'object': {
      const catchall = (def.catchall as ZodLike | undefined)?._zod?.def.type;
      if (catchall !== undefined && catchall !== 'never') return null;
      return new Set(Object.keys(def.shape as Record<string, unknown>));
    }
    case 'pipe':
      return declaredKeys(def.in);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return declaredKeys(def.innerType);
    case 'lazy':
      return declaredKeys((def.getter as () => unknown)());
    case 'union': {
      const all = new Set<string>();
      for (const option of def.options as unknown[]) {
        const keys = declaredKeys(option);
        if (keys === null) return null;
        for (const key of keys) all.add(key);
      }
      return all;
    }
    case 'intersection': {
      const left = declaredKeys(def.left);
      const right = declaredKeys(def.right);
      return left === null || right === null ? null : new Set([...left, ...right]);
    }
    default:
      return null;
  }
}

const unknownOf = (data: unknown, known: ReadonlySet<string>): string[] =>
  data !== null && typeof data === 'object' ? Object.keys(data).filter((key) => !known.has(key)) : [];

/** fastify-type-provider-zod's validator compiler, with the unknown-parameter check on querystrings. */
export const strictQueryValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  if (route.httpPart !== 'querystring') return validatorCompiler(route);
  const known = declaredKeys(route.schema);
  if (known === null) return validatorCompiler(route);
  const guarded = z
    .unknown()
    .superRefine((data, ctx) => {
      for (const key of unknownOf(data, known)) ctx.addIssue({ code: 'custom', path: [key], message: COMMON_MESSAGES.unknownParameter, input: data });
    })
    .pipe(route.schema);
  return validatorCompiler({ ...route, schema: guarded });
};

/** For API routes that declare no query parameters: any one is refused. */
const refuseAnyQuery: preValidationAsyncHookHandler = async (request) => {
  const names = Object.keys((request.query as Record<string, unknown> | null) ?? {});
  if (names.length > 0) {
    throw new DomainError('VALIDATION_FAILED', { fieldErrors: Object.fromEntries(names.map((name) => [name, COMMON_MESSAGES.unknownParameter])) });
  }
};

const API_PREFIX = '/api/v1/';

export function installStrictQuery(app: FastifyInstance): void {
  app.setValidatorCompiler(strictQueryValidatorCompiler);
  const onRoute: onRouteHookHandler = (route) => {
    if (!route.url.startsWith(API_PREFIX) || route.schema?.querystring) return;
    const existing = route.preValidation;
    route.preValidation = existing === undefined ? [refuseAnyQuery] : [...[existing].flat(), refuseAnyQuery];
  };
  app.addHook('onRoute', onRoute);
}
