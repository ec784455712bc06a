import { ZDossierFile, type TDossierFile } from '@portal/domain';
import { ApiError } from '../../../lib/api-client.ts';
import { uploadWithProgress } from '../../../lib/upload-with-progress.ts';
import type { UploadTarget } from '../dossier-client.ts';

/**
 * `POST /dossiers/:id/files` as multipart (componentId first, then the file) with upload
 * progress; errors are the same ApiError the rest of the SPA shows.
 */
export async function uploadDossierFile({
  target,
  componentId,
  file,
  onProgress,
  signal,
}: {
  target: UploadTarget;
  /** The dossier component of a citizen's attachment; none for staff result documents */
  componentId?: string | undefined;
  file: File;
  onProgress: (percent: number) => void;
  signal: AbortSignal;
}): Promise<TDossierFile | null> {
  const attempt = async () => {
    const body = await uploadWithProgress({
      method: 'POST',
      url: target.url,
      headers: await target.headers(),
      fields: componentId !== undefined ? { componentId } : {},
      file,
      onProgress,
      signal,
    });
    // The list is refreshed from the dossier anyway; a body we cannot read is not a failure.
    const parsed = ZDossierFile.safeParse(body);
    return parsed.success ? parsed.data : null;
  };
  try {
    return await attempt();
  } catch (error) {
    // An expired access token: renew the session once and send again.
    if (error instanceof ApiError && error.status === 401 && target.renew && (await target.renew())) return attempt();
    throw error;
  }
}
