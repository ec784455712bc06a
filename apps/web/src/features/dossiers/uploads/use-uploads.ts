import { ERROR_CODES, type TDossier, type TDossierComponent, type TDossierFile } from '@portal/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { apiErrorTitle } from '../../../lib/api-error-text.ts';
import type { DossierClient } from '../dossier-client.ts';
import { checkFiles, formatBytes, kindsLabel, type TFileRefusal } from './file-checks.ts';
import { uploadDossierFile } from './upload-file.ts';

export interface PendingUpload {
  key: string;
  componentId: string;
  name: string;
  size: number;
  /** 0–100 while sending */
  progress: number;
  /** Why it was refused or failed; the row stays until dismissed */
  error?: string;
}

let sequence = 0;

/**
 * Uploads of the whole dossier: checks (type by extension, size, count, dossier total)
 * before sending, then one XMLHttpRequest per file with its progress. `ensureDossier`
 * saves a dossier that does not exist yet, since files belong to a dossier.
 */
export function useUploads({
  client,
  ensureDossier,
  onUploaded,
  dossierBytes,
}: {
  client: DossierClient;
  ensureDossier: () => Promise<TDossier | null>;
  onUploaded: (file: TDossierFile | null) => void;
  /** Bytes the dossier already holds */
  dossierBytes: number;
}) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  // Leaving the page cancels what is still on its way (the API keeps nothing partial).
  useEffect(() => {
    const map = controllers.current;
    return () => map.forEach((controller) => controller.abort());
  }, []);

  const patch = (key: string, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const refusalText = useCallback(
    (file: File, refusal: TFileRefusal, component: TDossierComponent): string => {
      const lang = i18n.language;
      switch (refusal.reason) {
        case 'wrongType':
          return t('dossiers.components.wrongType', { name: file.name, types: kindsLabel(component.acceptedTypes) });
        case 'tooLarge':
          return t('dossiers.components.tooLarge', { name: file.name, size: formatBytes(file.size, lang), limit: formatBytes(refusal.limit, lang) });
        case 'tooMany':
          return t('dossiers.components.tooMany', { count: refusal.limit });
        case 'dossierFull':
          return t('dossiers.components.dossierFull', { name: file.name, limit: formatBytes(refusal.limit, lang) });
      }
    },
    [t, i18n.language],
  );

  const failureText = useCallback(
    (name: string, error: unknown): string => {
      const lang = i18n.language;
      let reason = apiErrorTitle(error, lang, t);
      // A refusal by a proxy in front of the API has no problem body: still say what it means.
      if (isApiError(error) && !error.fromServer && error.status === 413) reason = ERROR_CODES.PAYLOAD_TOO_LARGE[lang === 'en' ? 'en' : 'vi'];
      if (isApiError(error) && !error.fromServer && error.status === 415) reason = ERROR_CODES.UNSUPPORTED_MEDIA_TYPE[lang === 'en' ? 'en' : 'vi'];
      return t('dossiers.components.failed', { name, reason });
    },
    [t, i18n.language],
  );

  const inFlightBytes = pending.filter((item) => !item.error).reduce((sum, item) => sum + item.size, 0);

  const start = async (component: TDossierComponent, files: readonly File[]) => {
    const inFlight = pending.filter((item) => item.componentId === component.id && !item.error).length;
    const { accepted, refused } = checkFiles(files, {
      acceptedTypes: component.acceptedTypes,
      componentFileCount: component.files.length + inFlight,
      dossierBytes: dossierBytes + inFlightBytes,
    });
    const rows = (list: readonly File[], error?: (file: File) => string): PendingUpload[] =>
      list.map((file) => {
        sequence += 1;
        return { key: `upload-${sequence}`, componentId: component.id, name: file.name, size: file.size, progress: 0, ...(error ? { error: error(file) } : {}) };
      });
    const refusedRows = refused.map(({ file, refusal }) => rows([file], () => refusalText(file, refusal, component))[0]!);
    const acceptedRows = rows(accepted);
    setPending((list) => [...list, ...refusedRows, ...acceptedRows]);
    if (accepted.length === 0) return;

    const dossier = await ensureDossier().catch(() => null);
    if (!dossier) {
      // Nothing was sent: the editor already says why (save failed, guest not verified).
      setPending((list) => list.filter((item) => !acceptedRows.some((row) => row.key === item.key)));
      return;
    }
    const target = client.uploadTarget(dossier.id);
    await Promise.all(
      accepted.map(async (file, index) => {
        const row = acceptedRows[index]!;
        const controller = new AbortController();
        controllers.current.set(row.key, controller);
        try {
          const uploaded = await uploadDossierFile({
            target,
            componentId: component.id,
            file,
            signal: controller.signal,
            onProgress: (progress) => patch(row.key, { progress }),
          });
          setPending((list) => list.filter((item) => item.key !== row.key));
          onUploaded(uploaded);
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') {
            setPending((list) => list.filter((item) => item.key !== row.key));
          } else {
            patch(row.key, { error: failureText(file.name, error) });
          }
        } finally {
          controllers.current.delete(row.key);
        }
      }),
    );
  };

  const cancel = (key: string) => controllers.current.get(key)?.abort();
  const dismiss = (key: string) => setPending((list) => list.filter((item) => item.key !== key));
  const busy = pending.some((item) => !item.error);

  return { pending, start, cancel, dismiss, busy, inFlightBytes };
}
