import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isSupportedLanguage } from '../../i18n/resources.ts';
import type { TAdminGuide, TGuideCreate, TGuideLocale, TGuideUpdate } from '@portal/domain';
import { createGuide, deleteGuide, getAdminGuide, getPublicGuide, guideKeys, listAdminGuides, listPublicGuides, updateGuide } from './api.ts';

/** The guides' language follows the interface language. */
export const guideLocaleOf = (language: string): TGuideLocale => (isSupportedLanguage(language) ? language : 'vi');

export const publicGuideListQuery = (locale: TGuideLocale) =>
  queryOptions({ queryKey: guideKeys.publicList(locale), queryFn: ({ signal }) => listPublicGuides(locale, signal) });

export const publicGuideQuery = (slug: string, locale: TGuideLocale) =>
  queryOptions({ queryKey: guideKeys.publicPage(slug, locale), queryFn: ({ signal }) => getPublicGuide(slug, locale, signal) });

export const adminGuideListQuery = () => queryOptions({ queryKey: guideKeys.adminList(), queryFn: ({ signal }) => listAdminGuides(signal) });

export const adminGuideQuery = (id: string) =>
  // The editor keeps what it loaded: a background refetch must not replace the text being typed.
  queryOptions({ queryKey: guideKeys.admin(id), queryFn: ({ signal }) => getAdminGuide(id, signal), staleTime: Number.POSITIVE_INFINITY });

/** After any change: the admin list and every public answer (this browser shows the change at once). */
function useGuideChange() {
  const queryClient = useQueryClient();
  return (saved?: TAdminGuide) => {
    if (saved) queryClient.setQueryData(guideKeys.admin(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: guideKeys.adminList() });
    void queryClient.invalidateQueries({ queryKey: ['guides', 'public'] });
  };
}

export function useCreateGuide() {
  const changed = useGuideChange();
  return useMutation({ mutationFn: (body: TGuideCreate) => createGuide(body), onSuccess: (saved) => changed(saved) });
}

export function useUpdateGuide(id: string) {
  const changed = useGuideChange();
  return useMutation({ mutationFn: (body: TGuideUpdate) => updateGuide(id, body), onSuccess: (saved) => changed(saved) });
}

export function useDeleteGuide(id: string) {
  const changed = useGuideChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => deleteGuide(id, revision),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: guideKeys.admin(id) });
      changed();
    },
  });
}
