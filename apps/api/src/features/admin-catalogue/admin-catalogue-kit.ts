/**
 * Helpers of the catalogue administration tests (not loaded by the app): the demo
 * agencies and fields, a valid procedure, a two-field form.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { TAdminAgency, TAdminField, TAdminProcedure, TFormDefinitionInput, TProcedureFactsInput } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';

export const DEMO_PASSWORD = 'Demo@2025';

export const admin = (app: FastifyInstance, username: 'quantri' | 'quantrixd' | 'motcua' | 'lanhdao') =>
  signedIn(app, username, DEMO_PASSWORD, { staff: true });

export async function agenciesOf(browser: TestBrowser): Promise<TAdminAgency[]> {
  const response = await browser.get('/api/v1/admin/agencies');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

export async function fieldsOf(browser: TestBrowser): Promise<TAdminField[]> {
  const response = await browser.get('/api/v1/admin/fields');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

/** By its name or short name, e.g. 'Sở Xây dựng' */
export const agencyNamed = (agencies: TAdminAgency[], name: string) => {
  const agency = agencies.find((candidate) => candidate.name === name || candidate.shortName === name);
  expect(agency, `agency ${name}`).toBeDefined();
  return agency!;
};

let counter = 0;
/** A unique procedure code of the test run, e.g. 9.900001.T01 */
export const uniqueCode = () => `9.${String(900000 + ++counter + Math.floor(Math.random() * 9000) * 10).padStart(6, '0')}.T01`;

export function procedureFacts(agencyId: string, fieldId: string, overrides: Partial<TProcedureFactsInput> = {}): TProcedureFactsInput {
  return {
    code: uniqueCode(),
    name: 'Cấp phép khai thác nước ngầm quy mô hộ gia đình',
    agencyId,
    fieldId,
    serviceLevel: 'full_online',
    processingDays: 10,
    steps: ['Nộp hồ sơ trực tuyến', 'Cơ quan tiếp nhận và giải quyết', 'Trả kết quả'],
    fees: [{ label: 'Lệ phí cấp phép', amountVnd: 150000 }],
    legalBasis: [{ number: '54/2024/NĐ-CP', title: 'Nghị định quy định việc hành nghề khoan nước dưới đất' }],
    applicants: 'Hộ gia đình, cá nhân',
    resultDescription: 'Giấy phép khai thác nước dưới đất',
    ...overrides,
  };
}

/** Two fields: the well's depth (number, required) and a note (text, optional). */
export const TWO_FIELD_FORM: TFormDefinitionInput = {
  sections: [
    {
      title: { vi: 'Thông tin giếng khoan', en: 'The well' },
      fields: [
        { key: 'doSau', kind: 'number', label: { vi: 'Độ sâu giếng', en: 'Depth' }, required: true, unit: 'm', min: 1 },
        { key: 'ghiChu', kind: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ],
};

export async function createProcedure(browser: TestBrowser, facts: TProcedureFactsInput): Promise<TAdminProcedure> {
  const response = await browser.post('/api/v1/admin/procedures', facts);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export async function saveForm(browser: TestBrowser, procedure: { id: string }, baseVersion: number, definition: TFormDefinitionInput) {
  const response = await browser.request('PUT', `/api/v1/admin/procedures/${procedure.id}/form`, { baseVersion, definition });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { version: number };
}
