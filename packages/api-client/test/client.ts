// Type-level checks of the generated client (run by `tsc`, see tsconfig.json): a call that does
// not match the document does not compile.
import { createPortalClient, type operations, type Problem } from '../src/index.ts';

const portal = createPortalClient({ baseUrl: 'http://localhost:3000' });

export async function examples(): Promise<void> {
  const procedure = await portal.GET('/api/v1/procedures/{idOrCode}', { params: { path: { idOrCode: '1.001234' } } });
  if (procedure.data) procedure.data.name satisfies string;
  const dossiers = await portal.GET('/api/v1/dossiers', { params: { query: { limit: 10 } } });
  if (dossiers.data) dossiers.data.items satisfies unknown[];
  const problem: Problem | undefined = dossiers.error;
  void problem;
  // @ts-expect-error: not a path of the API
  await portal.GET('/api/v1/no-such-path');
}

type SubmitBody = NonNullable<operations['submitDossier']['requestBody']>['content']['application/json'];
export const submitBody: SubmitBody = { version: 1 };
