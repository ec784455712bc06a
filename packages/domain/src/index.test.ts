import { describe, it, expect } from 'vitest';
import * as domain from './index.ts';

describe('package entry point', () => {
  it('re-exports every module', () => {
    for (const name of [
      'ZProcedureDetail',
      'ZFormDefinition',
      'ERROR_CODES',
      'DomainError',
      'ZProblem',
      'transition',
      'DOSSIER_TRANSITIONS',
      'computeDueDate',
      'addWorkingHours',
      'workingDaysBetween',
      'localDateOf',
      'formatDossierCode',
      'parseDossierCode',
      'buildFormDataSchema',
      'formDataErrors',
      'ZUsername',
      'maskPersonName',
      'ZRegisterRequest',
      'passwordProblem',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });
});
