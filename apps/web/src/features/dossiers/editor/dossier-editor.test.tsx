import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../test/accounts.ts';
import { FakeXhr } from '../../../test/fake-xhr.ts';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { dossier, dossierProcedure } from '../test-fixtures.ts';

const PROCEDURE = '/api/v1/procedures/1.009994.H18';
const file = (name: string, type: string, size?: number) => {
  const created = new File(['%PDF-1.4 test'], name, { type });
  if (size !== undefined) Object.defineProperty(created, 'size', { value: size });
  return created;
};

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  document.cookie = 'csrf_token=test-csrf; path=/';
  // The editor autosaves 2 s after the last edit. On real time a busy machine could let those 2 s
  // pass between two keys and save half a word; on this clock typing takes no time (see
  // renderApp's user) and the autosave test moves the clock itself. The clock still creeps along
  // with real time, so the app's own zero-delay timers (React Query's notifications) run.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

/** The editor's pause before an autosave (AUTOSAVE_DELAY_MS). */
const AUTOSAVE_DELAY_MS = 2000;

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;

describe('Nộp hồ sơ (create / edit page)', () => {
  it('prefills the applicant from the profile; Lưu lại creates the dossier, incomplete as it is', async () => {
    const posts: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers': (_url, init) => {
        posts.push(bodyOf(init));
        return json(dossier({ formData: { tenCongTrinh: 'Nhà ở' } }), { status: 201 });
      },
    });
    const { user, router } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ: Cấp giấy phép xây dựng' })).toBeInTheDocument();
    expect(screen.getByText('Thủ tục 1.009994.H18 · Sở Xây dựng · 20 ngày làm việc')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Nguyễn Văn An');
    expect(screen.getByRole('textbox', { name: /^Số căn cước công dân/ })).toHaveValue('011085012345');
    expect(screen.getByRole('textbox', { name: /^Ngày sinh/ })).toHaveValue('15/03/1985');
    expect(screen.getByRole('button', { name: 'Xem hồ sơ mẫu' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Tên công trình/ }), 'Nhà ở');
    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));

    expect(await screen.findByText('Đã lưu hồ sơ. Hồ sơ nằm trong mục Hồ sơ chưa gửi.')).toBeInTheDocument();
    expect(posts).toEqual([
      {
        procedureId: 'p1',
        applicant: {
          fullName: 'Nguyễn Văn An',
          idNumber: '011085012345',
          dateOfBirth: '1985-03-15',
          gender: 'male',
          phone: '0912345678',
          email: 'congdan@example.com',
          address: 'Số 12, đường Nguyễn Chí Thanh',
        },
        formData: { tenCongTrinh: 'Nhà ở' },
      },
    ]);
    // From now on the URL names the dossier: a reload continues it.
    expect(new URLSearchParams(router.state.location.search).get('hoSo')).toBe('d1');
    expect(screen.getByText(/^Đã lưu lúc \d{2}:\d{2}$/)).toBeInTheDocument();
  });

  it('Gửi đi lists everything missing at once — applicant, form and components — and sends nothing', async () => {
    const { fetchMock } = mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    const phone = await screen.findByRole('textbox', { name: /^Số điện thoại di động/ });
    await user.clear(phone);
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));

    const summary = await screen.findByRole('alert', { name: 'Hồ sơ chưa thể gửi: vui lòng kiểm tra các mục sau' });
    const items = within(summary).getAllByRole('link');
    expect(items.map((item) => item.textContent)).toEqual([
      'Số điện thoại di động: Vui lòng nhập Số điện thoại',
      'Vui lòng nhập Tên công trình',
      'Vui lòng nhập Số tầng',
      'Đơn đề nghị cấp giấy phép xây dựng: Vui lòng đính kèm tệp cho thành phần hồ sơ bắt buộc này',
    ]);
    expect(summary).toHaveFocus();
    // Each line leads to its control.
    await user.click(items[1]!);
    expect(screen.getByRole('textbox', { name: /^Tên công trình/ })).toHaveFocus();
    await user.click(items[3]!);
    expect(screen.getByRole('button', { name: 'Chọn tệp cho: Đơn đề nghị cấp giấy phép xây dựng' })).toHaveFocus();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('shows every item of the API’s 422 DOSSIER_INCOMPLETE refusal on its field and component', async () => {
    const stored = dossier({
      formData: { tenCongTrinh: 'Nhà ở', soTang: 3 },
      components: dossierProcedure().components.map((component) =>
        component.id === 'c1'
          ? { ...component, bringOriginal: false, files: [{ id: 'f1', componentId: 'c1', role: 'attachment' as const, name: 'don.pdf', size: 2048, mimeType: 'application/pdf', sha256: 'a'.repeat(64), uploadedAt: '2026-11-20T02:00:00.000Z' }] }
          : { ...component, bringOriginal: false, files: [] },
      ),
    });
    const submits: unknown[] = [];
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers/d1': () => json(stored),
      '/api/v1/dossiers/d1/submit': (_url, init) => {
        submits.push(bodyOf(init));
        return problem({
          type: 'urn:portal:problem:dossier-incomplete',
          title: 'Hồ sơ chưa đầy đủ thông tin hoặc thành phần bắt buộc',
          status: 422,
          code: 'DOSSIER_INCOMPLETE',
          errors: {
            'applicant.idNumber': 'Số CCCD gồm 12 chữ số hợp lệ',
            'formData.soTang': 'Số tầng không được lớn hơn 2',
            'components.c2': 'Vui lòng đính kèm tệp cho thành phần hồ sơ bắt buộc này',
          },
        });
      },
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18?hoSo=d1');
    expect(await screen.findByRole('link', { name: 'Tải về don.pdf' })).toHaveAttribute('href', '/api/v1/dossiers/d1/files/f1');
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));

    const summary = await screen.findByRole('alert', { name: 'Hồ sơ chưa thể gửi: vui lòng kiểm tra các mục sau' });
    expect(within(summary).getAllByRole('link').map((item) => item.textContent)).toEqual([
      'Số căn cước công dân (CCCD): Số CCCD gồm 12 chữ số hợp lệ',
      'Số tầng không được lớn hơn 2',
      'Bản vẽ thiết kế: Vui lòng đính kèm tệp cho thành phần hồ sơ bắt buộc này',
    ]);
    expect(submits).toEqual([{ version: 1 }]);
    expect(screen.getByRole('textbox', { name: /^Số tầng/ })).toHaveAccessibleDescription(/Số tầng không được lớn hơn 2/);
  });

  it('refuses a file that is too large or of the wrong kind before sending a byte', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ: Cấp giấy phép xây dựng' });
    expect(screen.getByText(/Mỗi tệp tối đa 20 MB; tổng dung lượng hồ sơ tối đa 100 MB/)).toBeInTheDocument();
    const input = screen.getByTestId('file-input-c1');
    await user.upload(input, [file('ban-ve.pdf', 'application/pdf', 21 * 1024 * 1024)]);
    expect(await screen.findByText('Tệp “ban-ve.pdf” (21 MB) vượt quá dung lượng cho phép 20 MB.')).toBeInTheDocument();
    // Dropped files skip the picker's filter: the wrong kind is refused by name (the API checks the content again).
    const card = screen.getByRole('region', { name: /^Đơn đề nghị cấp giấy phép xây dựng/ });
    fireEvent.dragOver(card);
    fireEvent.drop(card, { dataTransfer: { files: [file('setup.exe', 'application/octet-stream')] } });
    expect(await screen.findByText('Tệp “setup.exe” không đúng loại. Thành phần này chỉ nhận: PDF, DOC, DOCX.')).toBeInTheDocument();
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('uploads with a progress bar: the dossier is saved first, the file goes with the CSRF token', async () => {
    const created = dossier();
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers': () => json(created, { status: 201 }),
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ: Cấp giấy phép xây dựng' });
    await user.upload(screen.getByTestId('file-input-c1'), [file('don.pdf', 'application/pdf')]);

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/dossiers/d1/files');
    expect(xhr.headers['X-CSRF-Token']).toBe('test-csrf');
    expect(xhr.body?.get('componentId')).toBe('c1');
    expect((xhr.body?.get('file') as File).name).toBe('don.pdf');
    xhr.progress(40);
    expect(screen.getByRole('progressbar', { name: /Đang tải lên don\.pdf/ })).toHaveAttribute('value', '40');
    xhr.respond(201, {
      id: 'f1',
      componentId: 'c1',
      role: 'attachment',
      name: 'don.pdf',
      size: 13,
      mimeType: 'application/pdf',
      sha256: 'b'.repeat(64),
      uploadedAt: '2026-11-20T02:00:00.000Z',
    });
    expect(await screen.findByRole('link', { name: 'Tải về don.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal of an upload (415, content not accepted) on the file', async () => {
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers/d1': () => json(dossier()),
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18?hoSo=d1');
    await screen.findByRole('textbox', { name: /^Tên công trình/ });
    await user.upload(screen.getByTestId('file-input-c1'), [file('gia-mao.pdf', 'application/pdf')]);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0]!.respond(415, {
      type: 'urn:portal:problem:unsupported-media-type',
      title: 'Định dạng tệp hoặc dữ liệu không được hỗ trợ',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await screen.findByText('Không tải lên được “gia-mao.pdf”: Định dạng tệp hoặc dữ liệu không được hỗ trợ')).toBeInTheDocument();
  });

  it('autosaves after a pause with the version; a 409 VERSION_CONFLICT reloads the dossier and says so', async () => {
    const patches: Record<string, unknown>[] = [];
    let gets = 0;
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers/d1': (_url, init) => {
        if (init?.method === 'PATCH') {
          patches.push(bodyOf(init));
          return problem({ type: 'x', title: 'Dữ liệu đã được người khác cập nhật, vui lòng tải lại trang', status: 409, code: 'VERSION_CONFLICT' });
        }
        gets += 1;
        return json(gets === 1 ? dossier({ version: 4 }) : dossier({ version: 5, formData: { tenCongTrinh: 'Bản từ thẻ khác' } }));
      },
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18?hoSo=d1');
    await user.type(await screen.findByRole('textbox', { name: /^Tên công trình/ }), 'Nhà');
    // Nothing is saved while the user is still typing…
    expect(patches).toHaveLength(0);
    // …but once the pause has passed.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(await screen.findByText(/Hồ sơ vừa được thay đổi ở nơi khác/)).toBeInTheDocument();
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ version: 4, formData: { tenCongTrinh: 'Nhà' } });
    expect(screen.getByRole('textbox', { name: /^Tên công trình/ })).toHaveValue('Bản từ thẻ khác');
  });

  it('Đóng with unsaved changes asks first; staying keeps the work, leaving goes back to the procedure', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
    });
    const { user, router } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    await user.type(await screen.findByRole('textbox', { name: /^Tên công trình/ }), 'Nhà');
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Rời trang khi chưa lưu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại trang' }));
    expect(router.state.location.pathname).toBe('/ca-nhan/nop-ho-so/1.009994.H18');
    expect(screen.getByRole('textbox', { name: /^Tên công trình/ })).toHaveValue('Nhà');

    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    dialog = screen.getByRole('alertdialog', { name: 'Rời trang khi chưa lưu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Rời trang, không lưu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/thu-tuc/1.009994.H18'));
  });

  it('removes an attached file through the API', async () => {
    const deleted: string[] = [];
    const attached = dossier({
      components: dossierProcedure().components.map((component) => ({
        ...component,
        bringOriginal: false,
        files:
          component.id === 'c2'
            ? [{ id: 'f9', componentId: 'c2', role: 'attachment' as const, name: 'ban-ve.png', size: 4096, mimeType: 'image/png', sha256: 'd'.repeat(64), uploadedAt: '2026-11-20T02:00:00.000Z' }]
            : [],
      })),
    });
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(dossierProcedure()),
      '/api/v1/dossiers/d1': () => json(attached),
      '/api/v1/dossiers/d1/files/f9': (_url, init) => {
        deleted.push(String(init?.method));
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18?hoSo=d1');
    const card = await screen.findByRole('region', { name: /^Bản vẽ thiết kế/ });
    expect(within(card).getByText('(4 KB)')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Xóa tệp ban-ve.png' }));
    await waitFor(() => expect(within(card).queryByRole('link', { name: 'Tải về ban-ve.png' })).not.toBeInTheDocument());
    expect(within(card).getByText('Chưa có tệp.')).toBeInTheDocument();
    expect(deleted).toEqual(['DELETE']);
  });
});
