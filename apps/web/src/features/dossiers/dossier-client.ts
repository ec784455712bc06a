import type { TDossier, TDossierCreate, TDossierFile, TDossierUpdate, TSubmitResult, TSupplementRequest } from '@portal/domain';

/** What an upload needs to reach the API: the URL and the headers that authorise it. */
export interface UploadTarget {
  url: string;
  /** Fresh headers for each attempt (the CSRF token may have rotated). */
  headers(): Promise<Record<string, string>>;
  /** After a 401: renew the session once and try again (citizens); guests have nothing to renew. */
  renew?: () => Promise<boolean>;
}

/**
 * One dossier's API as the editor uses it. A signed-in citizen goes through the session
 * cookie and CSRF token; a guest (seed 004) through the `X-Guest-Token` header it got
 * when the dossier was created. The editor does not care which.
 */
export interface DossierClient {
  /** Creates the dossier (first Lưu lại, first autosave, or first file dropped). */
  create(body: Omit<TDossierCreate, 'procedureId'> & { procedureId: string }): Promise<TDossier>;
  get(id: string, signal?: AbortSignal): Promise<TDossier>;
  update(id: string, body: TDossierUpdate): Promise<TDossier>;
  submit(id: string, version: number): Promise<TSubmitResult>;
  supplement(id: string, body: TSupplementRequest): Promise<TSubmitResult>;
  deleteFile(id: string, fileId: string): Promise<void>;
  uploadTarget(id: string): UploadTarget;
  /** Download link of an attached file, or null when a plain link cannot carry the credentials (guests). */
  fileUrl(id: string, fileId: string): string | null;
}

export type { TDossierFile };
