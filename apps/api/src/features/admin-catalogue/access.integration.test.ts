import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAdminAgency, TAdminField } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { DEMO_PASSWORD, TWO_FIELD_FORM, admin, agenciesOf, agencyNamed, createProcedure, fieldsOf, procedureFacts } from './admin-catalogue-kit.ts';

describe('catalogue administration: who may do what, and what is refused', () => {
  let ctx: TestContext;
  let quantri: TestBrowser;
  let quantrixd: TestBrowser;
  let agencies: TAdminAgency[];
  let fields: TAdminField[];
  let construction: TAdminAgency;
  let justice: TAdminAgency;

  beforeAll(async () => {
    ctx = await createTestApp();
    quantri = await admin(ctx.app, 'quantri');
    quantrixd = await admin(ctx.app, 'quantrixd');
    agencies = await agenciesOf(quantri);
    fields = await fieldsOf(quantri);
    construction = agencyNamed(agencies, 'Sở Xây dựng');
    justice = agencyNamed(agencies, 'Sở Tư pháp');
  });
  afterAll(() => ctx.close());

  it('lets nobody but administrators in: 401 signed out, 403 for a citizen and for a clerk', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/procedures' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');

    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const asCitizen = await citizen.post('/api/v1/admin/procedures', { name: '' });
    expect(asCitizen.statusCode).toBe(403);
    expect(asCitizen.json().code).toBe('FORBIDDEN');

    const clerk = await admin(ctx.app, 'motcua');
    for (const response of [await clerk.get('/api/v1/admin/agencies'), await clerk.post('/api/v1/admin/procedures', procedureFacts(construction.id, fields[0]!.id))]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
  });

  it('an agency administrator reads the tree but changes only its own agency’s procedures', async () => {
    expect((await quantrixd.get('/api/v1/admin/agencies')).statusCode).toBe(200);
    const editAgency = await quantrixd.request('PUT', `/api/v1/admin/agencies/${construction.id}`, { ...construction, name: 'Sở Xây dựng (đổi tên)' });
    expect(editAgency.statusCode).toBe(403);
    const newField = await quantrixd.post('/api/v1/admin/fields', { code: 'khac', name: 'Lĩnh vực khác' });
    expect(newField.statusCode).toBe(403);

    // Its list holds Sở Xây dựng's procedures only.
    const list = await quantrixd.get('/api/v1/admin/procedures?limit=100');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { agency: { id: string } }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.agency.id === construction.id)).toBe(true);

    // Another agency's procedure: neither read nor written.
    const all = await quantri.get(`/api/v1/admin/procedures?agencyId=${justice.id}&limit=1`);
    const foreign = all.json().items[0] as { id: string };
    expect((await quantrixd.get(`/api/v1/admin/procedures/${foreign.id}`)).statusCode).toBe(403);
    const publish = await quantrixd.post(`/api/v1/admin/procedures/${foreign.id}/unpublish`);
    expect(publish.statusCode).toBe(403);
    const form = await quantrixd.request('PUT', `/api/v1/admin/procedures/${foreign.id}/form`, { baseVersion: 1, definition: TWO_FIELD_FORM });
    expect(form.statusCode).toBe(403);
    // …nor created under another agency.
    const created = await quantrixd.post('/api/v1/admin/procedures', procedureFacts(justice.id, fields[0]!.id));
    expect(created.statusCode).toBe(403);

    // Its own: created, under its agency.
    const own = await createProcedure(quantrixd, procedureFacts(construction.id, fields[0]!.id));
    expect(own.agency.id).toBe(construction.id);
    expect(own.published).toBe(false);
  });

  it('refuses invalid facts with one Vietnamese message per field', async () => {
    const response = await quantri.post('/api/v1/admin/procedures', {
      ...procedureFacts(construction.id, fields[0]!.id),
      code: 'mã có dấu',
      name: '',
      processingDays: -1,
      steps: [],
      fees: [{ label: 'Lệ phí', amountVnd: 1.5 }],
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.title).toBe('Dữ liệu không hợp lệ');
    expect(problem.errors).toMatchObject({
      code: expect.stringMatching(/Mã thủ tục chỉ gồm/),
      name: 'Vui lòng nhập tên thủ tục',
      processingDays: 'Thời hạn giải quyết không được âm',
      steps: 'Vui lòng nhập ít nhất một bước thực hiện',
      'fees.0.amountVnd': expect.stringMatching(/không có phần lẻ/),
    });
  });

  it('refuses a form definition with an empty label or a repeated key, in Vietnamese', async () => {
    const procedure = await createProcedure(quantri, procedureFacts(construction.id, fields[0]!.id));
    const response = await quantri.request('PUT', `/api/v1/admin/procedures/${procedure.id}/form`, {
      baseVersion: 1,
      definition: {
        sections: [
          {
            title: { vi: 'Thông tin' },
            fields: [
              { key: 'a', kind: 'text', label: { vi: '' } },
              { key: 'a', kind: 'select', label: { vi: 'Chọn' }, options: [] },
            ],
          },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as Record<string, string>;
    expect(errors['definition.sections.0.fields.0.label.vi']).toBe('Nhập nội dung tiếng Việt');
    expect(errors['definition.sections.0.fields.1.options']).toBe('Danh sách chọn cần từ 1 đến 500 lựa chọn');
    // Nothing was saved: the procedure still has its starter form only.
    const after = await quantri.get(`/api/v1/admin/procedures/${procedure.id}`);
    expect(after.json().formVersions).toHaveLength(1);
  });

  it('keeps codes unique: procedure code, agency unit code, field code (409 with the field named)', async () => {
    const first = await createProcedure(quantri, procedureFacts(construction.id, fields[0]!.id));
    const again = await quantri.post('/api/v1/admin/procedures', procedureFacts(construction.id, fields[0]!.id, { code: first.code.toLowerCase() }));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'PROCEDURE_CODE_TAKEN', errors: { code: expect.stringMatching(/đã được sử dụng/) } });

    const agency = await quantri.post('/api/v1/admin/agencies', {
      unitCode: construction.unitCode,
      name: 'Ban Quản lý dự án',
      level: 'department',
      parentId: construction.parentId,
    });
    expect(agency.statusCode).toBe(409);
    expect(agency.json().code).toBe('AGENCY_UNIT_CODE_TAKEN');

    const field = await quantri.post('/api/v1/admin/fields', { code: fields[0]!.code, name: 'Trùng mã' });
    expect(field.statusCode).toBe(409);
    expect(field.json().code).toBe('FIELD_CODE_TAKEN');
  });

  it('builds the agency tree: add a unit under a department, refuse a cycle, close only what nothing depends on', async () => {
    const unit = await quantri.post('/api/v1/admin/agencies', {
      unitCode: '000.01.12.H29',
      name: 'Phòng Quản lý xây dựng',
      level: 'department',
      parentId: construction.id,
      email: '',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const created = unit.json() as TAdminAgency;
    expect(created).toMatchObject({ parentId: construction.id, active: true, email: null });

    // Sở Xây dựng cannot move under its own unit.
    const cycle = await quantri.request('PUT', `/api/v1/admin/agencies/${construction.id}`, { ...construction, parentId: created.id, active: true });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors.parentId).toMatch(/trực thuộc/);

    // Sở Xây dựng still has a unit and published procedures: it stays open.
    const close = await quantri.request('PUT', `/api/v1/admin/agencies/${construction.id}`, { ...construction, active: false });
    expect(close.statusCode).toBe(409);
    expect(close.json().code).toBe('AGENCY_IN_USE');

    // The empty unit closes, and the public directory no longer lists it.
    const closed = await quantri.request('PUT', `/api/v1/admin/agencies/${created.id}`, { ...created, active: false });
    expect(closed.statusCode, closed.body).toBe(200);
    const publicList = await ctx.app.inject({ method: 'GET', url: `/api/v1/agencies?parentId=${construction.id}` });
    expect((publicList.json().items as { id: string }[]).map((item) => item.id)).not.toContain(created.id);

    const audit = await ctx.prisma.auditEvent.findFirst({ where: { action: 'agency.deactivate', entityId: created.id } });
    expect(audit?.before).toMatchObject({ active: true });
    expect(audit?.after).toMatchObject({ active: false });
  });
});
