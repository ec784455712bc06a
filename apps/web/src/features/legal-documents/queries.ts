import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAdminLegalDocument } from '@portal/domain';
import { useState } from 'react';
import {
  getAdminLegalDocument,
  getLegalDocument,
  legalDocumentKeys,
  legalDocumentRefs,
  listAdminLegalDocuments,
  listLegalDocuments,
  type AdminLegalDocumentSearch,
  type LegalDocumentSearch,
} from './api.ts';
import { uploadLegalDocumentPdf } from './upload-pdf.ts';

/** The API lets browsers keep the list a minute; so does the SPA. */
const PUBLIC_STALE_MS = 60 * 1000;

export const legalDocumentListQuery = (params: LegalDocumentSearch) =>
  queryOptions({
    queryKey: legalDocumentKeys.list(params),
    queryFn: ({ signal }) => listLegalDocuments(params, signal),
    staleTime: PUBLIC_STALE_MS,
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const legalDocumentQuery = (id: string) =>
  queryOptions({ queryKey: legalDocumentKeys.one(id), queryFn: ({ signal }) => getLegalDocument(id, signal), staleTime: PUBLIC_STALE_MS });

/** Which legal-basis numbers of a procedure are documents of the portal (none is not an error). */
export const legalDocumentRefsQuery = (numbers: readonly string[]) =>
  queryOptions({
    queryKey: legalDocumentKeys.refs(numbers),
    queryFn: ({ signal }) => legalDocumentRefs(numbers, signal),
    staleTime: 5 * PUBLIC_STALE_MS,
    enabled: numbers.length > 0,
  });

export const adminLegalDocumentListQuery = (params: AdminLegalDocumentSearch) =>
  queryOptions({
    queryKey: legalDocumentKeys.adminList(params),
    queryFn: ({ signal }) => listAdminLegalDocuments(params, signal),
    placeholderData: keepPreviousData,
  });

export const adminLegalDocumentQuery = (id: string) =>
  queryOptions({ queryKey: legalDocumentKeys.adminOne(id), queryFn: ({ signal }) => getAdminLegalDocument(id, signal) });

/**
 * A change by the administrator: what the administration and the public pages of this
 * browser show is fetched again; a changed record goes straight into the editor's cache.
 */
export function useLegalDocumentMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      if (isAdminDocument(result)) client.setQueryData(legalDocumentKeys.adminOne(result.id), result);
      await client.invalidateQueries({ queryKey: legalDocumentKeys.all });
    },
  });
}

const isAdminDocument = (value: unknown): value is TAdminLegalDocument =>
  typeof value === 'object' && value !== null && 'revision' in value && 'published' in value && 'id' in value;

/** Uploading the PDF with its progress (0–100), or null when no upload runs. */
export function usePdfUpload(id: string) {
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useLegalDocumentMutation(async ({ file, documentId }: { file: File; documentId?: string }) => {
    setProgress(0);
    try {
      return await uploadLegalDocumentPdf(documentId ?? id, file, setProgress);
    } finally {
      setProgress(null);
    }
  });
  return { ...mutation, progress };
}
