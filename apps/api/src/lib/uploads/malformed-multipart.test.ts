import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@portal/domain';
import { isMalformedMultipart, malformedUpload, refuseMalformedMultipart } from './malformed-multipart.ts';

describe('malformed multipart bodies', () => {
  it.each([
    'Multipart: Boundary not found',
    'Boundary required',
    'Unexpected end of multipart data',
    'Part terminated early due to unexpected end of multipart data',
    'The needle cannot have a length bigger than 256.',
  ])('recognises the parser’s "%s"', (message) => {
    expect(isMalformedMultipart(new Error(message))).toBe(true);
  });

  it('leaves other errors alone, and errors that carry a code', () => {
    expect(isMalformedMultipart(new Error('ECONNRESET'))).toBe(false);
    expect(isMalformedMultipart(Object.assign(new Error('Unexpected end of multipart data'), { code: 'FST_MP_PREMATURE_CLOSE' }))).toBe(false);
    expect(isMalformedMultipart('Unexpected end of multipart data')).toBe(false);
  });

  it('becomes 400 UPLOAD_MALFORMED with a message under the field', () => {
    const error = malformedUpload(new Error('Unexpected end of multipart data'), 'attachment');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('UPLOAD_MALFORMED');
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['attachment']);
  });

  const request = (contentType: string | undefined, consumes: string[] | undefined = ['multipart/form-data']) =>
    ({ headers: contentType === undefined ? {} : { 'content-type': contentType }, routeOptions: { schema: consumes ? { consumes } : undefined } }) as unknown as FastifyRequest;

  it.each(['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=""', `multipart/form-data; boundary=${'x'.repeat(201)}`])(
    'refuses "%s" on an upload route before reading the body',
    async (contentType) => {
      await expect(refuseMalformedMultipart(request(contentType))).rejects.toMatchObject({ code: 'UPLOAD_MALFORMED' });
    },
  );

  it.each([
    ['a usable boundary', 'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW', undefined],
    ['a quoted boundary', 'Multipart/Form-Data; charset=utf-8; boundary="a b:c"', undefined],
    ['JSON', 'application/json', undefined],
    ['no Content-Type', undefined, undefined],
    ['a route that takes no upload', 'multipart/form-data', ['application/json']],
  ])('lets %s through', async (_name, contentType, consumes) => {
    await expect(refuseMalformedMultipart(request(contentType, consumes))).resolves.toBeUndefined();
  });
});
