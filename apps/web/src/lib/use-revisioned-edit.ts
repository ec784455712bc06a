import { useEffect, useState } from 'react';
import { isApiError } from './api-client.ts';

interface Revisioned {
  revision: number;
}

interface RevisionedSource {
  data?: Revisioned | undefined;
  refetch: () => Promise<{ data?: Revisioned | undefined }>;
}

/**
 * The edit page of a record saved with an optimistic `revision` (legal documents, API clients):
 * the revision the form's values belong to, a key that remounts the form with the stored
 * values after a save or a conflict reload, and the notice to show. `saveCallbacks` go to the
 * save mutation: on 409 VERSION_CONFLICT the record is reloaded and the form shows it.
 */
export function useRevisionedEdit(source: RevisionedSource) {
  const [revision, setRevision] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);

  useEffect(() => {
    if (source.data && revision === null) setRevision(source.data.revision);
  }, [source.data, revision]);

  const saveCallbacks = {
    onSuccess: (saved: Revisioned) => {
      setRevision(saved.revision);
      setFormKey((key) => key + 1);
      setNotice('saved');
    },
    onError: async (error: unknown) => {
      if (!(isApiError(error) && error.code === 'VERSION_CONFLICT')) return;
      const fresh = await source.refetch();
      if (fresh.data) setRevision(fresh.data.revision);
      setFormKey((key) => key + 1);
      setNotice('conflict');
    },
  };

  return { revision, setRevision, formKey, notice, setNotice, saveCallbacks };
}
