import {
  ZAdminGuide,
  ZAdminGuideList,
  ZGuideRendered,
  ZPublicGuide,
  ZPublicGuideList,
  type TGuideCreate,
  type TGuideLocale,
  type TGuideUpdate,
} from '@portal/domain';
import { z } from 'zod';
import { apiGet, apiSend } from '../../lib/api-client.ts';

/** Hướng dẫn: the public pages (`/api/v1/guides`) and their administration (`/api/v1/admin/guides`). */
const ADMIN = '/api/v1/admin/guides';
const one = (id: string) => `${ADMIN}/${encodeURIComponent(id)}`;

export const listPublicGuides = (locale: TGuideLocale, signal?: AbortSignal) => apiGet('/api/v1/guides', ZPublicGuideList, { query: { locale }, signal });
export const getPublicGuide = (slug: string, locale: TGuideLocale, signal?: AbortSignal) =>
  apiGet(`/api/v1/guides/${encodeURIComponent(slug)}`, ZPublicGuide, { query: { locale }, signal });

export const listAdminGuides = (signal?: AbortSignal) => apiGet(ADMIN, ZAdminGuideList, { signal });
export const getAdminGuide = (id: string, signal?: AbortSignal) => apiGet(one(id), ZAdminGuide, { signal });
export const createGuide = (body: TGuideCreate) => apiSend('POST', ADMIN, body, ZAdminGuide);
export const updateGuide = (id: string, body: TGuideUpdate) => apiSend('PUT', one(id), body, ZAdminGuide);
export const deleteGuide = (id: string, revision: number) => apiSend('DELETE', `${one(id)}?revision=${revision}`, undefined, z.unknown());
export const previewGuide = (body: string, locale: TGuideLocale, signal?: AbortSignal) => apiSend('POST', `${ADMIN}/preview`, { body, locale }, ZGuideRendered, { signal });

export const guideKeys = {
  all: ['guides'] as const,
  publicList: (locale: TGuideLocale) => ['guides', 'public', 'list', locale] as const,
  publicPage: (slug: string, locale: TGuideLocale) => ['guides', 'public', 'page', slug, locale] as const,
  adminList: () => ['guides', 'admin', 'list'] as const,
  admin: (id: string) => ['guides', 'admin', id] as const,
};
