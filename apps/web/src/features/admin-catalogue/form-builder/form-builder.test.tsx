import { ZFormDefinition, type TAdminProcedure } from '@portal/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { addField, fromDefinition, keyFromLabel, moveField, previewDefinition, updateField, validate } from './builder-model.ts';
import { FormBuilder } from './form-builder.tsx';

const starter = ZFormDefinition.parse({
  sections: [{ title: { vi: 'Thông tin đề nghị' }, fields: [{ key: 'noiDung', kind: 'textarea', label: { vi: 'Nội dung đề nghị' }, required: true }] }],
});

const procedure = (): TAdminProcedure => ({
  id: '0196a000-0000-7000-8000-000000000001',
  code: '9.000001.T01',
  name: 'Cấp phép khai thác nước dưới đất',
  agency: { id: 'a1', name: 'Sở Xây dựng', unitCode: '000.00.12.H29' },
  handlingAgencies: [],
  field: { id: 'f1', name: 'Tài nguyên nước', code: 'tnn' },
  serviceLevel: 'full_online',
  legacyLevel: null,
  processingDays: 10,
  processingNote: null,
  steps: ['Nộp hồ sơ'],
  fees: [],
  legalBasis: [],
  applicants: 'Cá nhân',
  conditions: null,
  resultDescription: 'Giấy phép',
  submissionChannels: null,
  published: false,
  revision: '2026-01-01T00:00:00.000Z',
  components: [],
  templates: [],
  formVersion: 1,
  form: starter,
  formVersions: [{ version: 1, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'quantri', dossierCount: 0 }],
  dossiersInFlight: 0,
});

describe('form builder model', () => {
  it('derives data keys from Vietnamese labels, unique within the form', () => {
    expect(keyFromLabel('Độ sâu giếng (m)')).toBe('doSauGiengM');
    expect(keyFromLabel('2 con')).toBe('truong2Con');
    let state = fromDefinition(starter);
    const sectionUid = state.sections[0]!.uid;
    state = addField(state, sectionUid, 'number', 'Nội dung đề nghị').state;
    expect(state.sections[0]!.fields.map((item) => item.field.key)).toEqual(['noiDung', 'noiDungDeNghi']);
    // The new field's key follows its label until someone types a key.
    const uid = state.sections[0]!.fields[1]!.uid;
    state = updateField(state, uid, (field) => ({ ...field, label: { vi: 'Độ sâu' } }));
    expect(state.sections[0]!.fields[1]!.field.key).toBe('doSau');
    state = updateField(state, uid, (field) => ({ ...field, key: 'depth' }));
    state = updateField(state, uid, (field) => ({ ...field, label: { vi: 'Độ sâu giếng' } }));
    expect(state.sections[0]!.fields[1]!.field.key).toBe('depth');
  });

  it('moves fields, validates in Vietnamese, and previews only what is valid', () => {
    let state = fromDefinition(starter);
    const added = addField(state, state.sections[0]!.uid, 'select', 'Hình thức nhận');
    state = moveField(added.state, added.uid, -1);
    expect(state.sections[0]!.fields.map((item) => item.field.kind)).toEqual(['select', 'textarea']);
    state = updateField(state, added.uid, (field) => ({ ...field, label: { vi: '' }, key: 'hinhThuc' }));
    const result = validate(state, 'vi');
    expect(result.errors).toEqual({ 'sections.0.fields.0.label.vi': 'Nhập nội dung tiếng Việt' });
    // The field with the empty label waits; the rest is shown.
    expect(previewDefinition(state)?.sections[0]!.fields.map((field) => field.key)).toEqual(['noiDung']);
  });
});

describe('FormBuilder', () => {
  it('adds a field that appears at once in the citizen’s preview, and saves a new version', async () => {
    const { fetchMock } = mockFetch({
      [`/api/v1/admin/procedures/${procedure().id}/form`]: (_url, init) => {
        const body = JSON.parse(String(init?.body)) as { baseVersion: number; definition: unknown };
        return json({ version: body.baseVersion + 1, form: body.definition }, { status: 201 });
      },
    });
    const { user } = renderWithProviders(<FormBuilder procedure={procedure()} />);
    const preview = screen.getByRole('form', { name: 'Xem trước biểu mẫu' });
    expect(within(preview).getByRole('textbox', { name: /^Nội dung đề nghị/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại trường cần thêm' }), 'number');
    await user.click(screen.getByRole('button', { name: 'Thêm trường' }));
    // Focus moves to the new field's label; typing it renames the field in the preview.
    const added = screen.getByRole('listitem', { name: 'Trường 2: Trường mới 2 (Số)' });
    const label = within(added).getByRole('textbox', { name: /^Nhãn \(tiếng Việt\)/ });
    expect(label).toHaveFocus();
    await user.clear(label);
    await user.type(label, 'Độ sâu giếng');
    await user.click(within(added).getByRole('checkbox', { name: 'Bắt buộc nhập' }));
    expect(within(screen.getByRole('form', { name: 'Xem trước biểu mẫu' })).getByRole('textbox', { name: /^Độ sâu giếng/ })).toHaveAttribute('aria-required', 'true');

    await user.click(screen.getByRole('button', { name: 'Lưu biểu mẫu (tạo phiên bản mới)' }));
    expect(await screen.findByText('Đã lưu biểu mẫu phiên bản 2.')).toBeInTheDocument();
    const sent = JSON.parse(String(fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')![1]!.body));
    expect(sent).toMatchObject({
      baseVersion: 1,
      definition: { sections: [{ fields: [{ key: 'noiDung' }, { key: 'doSauGieng', kind: 'number', label: { vi: 'Độ sâu giếng' }, required: true }] }] },
    });
  });

  it('shows the API’s refusal next to the field it names', async () => {
    mockFetch({
      [`/api/v1/admin/procedures/${procedure().id}/form`]: () =>
        problem({ type: 'about:blank', title: 'Dữ liệu không hợp lệ', status: 400, code: 'VALIDATION_FAILED', errors: { 'definition.sections.0.fields.0.key': 'Khóa trường không hợp lệ' } }),
    });
    const { user } = renderWithProviders(<FormBuilder procedure={procedure()} />);
    await user.click(screen.getByRole('button', { name: 'Lưu biểu mẫu (tạo phiên bản mới)' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Trường 1 “Nội dung đề nghị”: Khóa trường không hợp lệ');
    expect(screen.getByRole('textbox', { name: /^Mã dữ liệu/ })).toHaveAccessibleDescription(/Khóa trường không hợp lệ/);
  });
});
