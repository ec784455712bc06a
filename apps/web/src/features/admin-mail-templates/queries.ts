import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TMailTemplateLocale, TMailTemplateOverrideInput } from '@portal/domain';
import { getMailTemplate, listMailTemplates, previewMailTemplate, resetMailTemplate, saveMailTemplate } from './api.ts';

export const mailTemplateKeys = {
  all: ['admin-mail-templates'] as const,
  list: () => [...mailTemplateKeys.all, 'list'] as const,
  one: (key: string, locale: TMailTemplateLocale) => [...mailTemplateKeys.all, key, locale] as const,
};

export const mailTemplateListQuery = () => queryOptions({ queryKey: mailTemplateKeys.list(), queryFn: ({ signal }) => listMailTemplates(signal) });
export const mailTemplateQuery = (key: string, locale: TMailTemplateLocale) =>
  queryOptions({ queryKey: mailTemplateKeys.one(key, locale), queryFn: ({ signal }) => getMailTemplate(key, locale, signal) });

/** Saving or resetting changes the template and the list's "overridden" marks. */
function useTemplateMutation<V>(key: string, locale: TMailTemplateLocale, mutationFn: (variables: V) => ReturnType<typeof saveMailTemplate>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(mailTemplateKeys.one(key, locale), detail);
      void queryClient.invalidateQueries({ queryKey: mailTemplateKeys.list() });
    },
  });
}

export const useSaveMailTemplate = (key: string, locale: TMailTemplateLocale) =>
  useTemplateMutation(key, locale, (body: TMailTemplateOverrideInput) => saveMailTemplate(key, locale, body));
export const useResetMailTemplate = (key: string, locale: TMailTemplateLocale) => useTemplateMutation(key, locale, (_: void) => resetMailTemplate(key, locale));
export const usePreviewMailTemplate = (key: string, locale: TMailTemplateLocale) =>
  useMutation({ mutationFn: (body: TMailTemplateOverrideInput) => previewMailTemplate(key, locale, body) });
