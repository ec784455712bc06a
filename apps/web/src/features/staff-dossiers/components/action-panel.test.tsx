import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { CODE, clerk, staffDossier } from '../test-fixtures.ts';

/** User ids are UUIDs: the forward form refuses anything else. */
const LEADER_ID = '0190a3f2-0000-7000-8000-0000000000d1';
const SPECIALIST_ID = '0190a3f2-0000-7000-8000-0000000000d2';

beforeEach(() => {
  // jsdom has <dialog> without the modal behaviour: open it the simple way.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

const panel = () => screen.getByRole('complementary', { name: 'Xử lý hồ sơ' });
const buttonsOf = (region: HTMLElement) => within(region).getAllByRole('button').map((button) => button.textContent);

describe('Xử lý hồ sơ (action panel)', () => {
  it('shows exactly the actions the API allows, for each state and role', async () => {
    let current = staffDossier({ status: 'sent', allowedActions: ['receive', 'request-supplement', 'return'] });
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => json(current),
    });
    const first = renderApp('/can-bo/ho-so/d1');
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${CODE}` })).toBeInTheDocument();
    expect(buttonsOf(panel())).toEqual(['Tiếp nhận hồ sơ', 'Yêu cầu bổ sung', 'Trả lại hồ sơ']);
    first.unmount();

    // A specialist on a processing dossier: what the API sends, nothing more.
    current = staffDossier({ status: 'processing', allowedActions: ['request-supplement', 'forward', 'complete'] });
    renderApp('/can-bo/ho-so/d1');
    await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${CODE}` });
    expect(buttonsOf(panel())).toEqual(['Yêu cầu bổ sung', 'Chuyển xử lý', 'Kết thúc xử lý']);
  });

  it('says so when this user has nothing to do', async () => {
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => json(staffDossier({ status: 'returned', allowedActions: [], returnReason: 'Không thuộc thẩm quyền' })),
    });
    renderApp('/can-bo/ho-so/d1');
    expect(await screen.findByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.')).toBeInTheDocument();
    expect(within(panel()).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Lý do trả lại hồ sơ' })).toHaveTextContent('Không thuộc thẩm quyền');
  });

  it('Trả lại requires a reason, then sends it with the version', async () => {
    const posted: unknown[] = [];
    let current = staffDossier();
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => json(current),
      '/api/v1/staff/dossiers/d1/actions': (_url, init) => {
        posted.push(JSON.parse(String(init?.body)));
        current = staffDossier({ status: 'returned', version: 4, allowedActions: [], returnReason: 'Không thuộc thẩm quyền giải quyết' });
        return json(current);
      },
    });
    const { user } = renderApp('/can-bo/ho-so/d1');
    await user.click(await within(await screen.findByRole('complementary', { name: 'Xử lý hồ sơ' })).findByRole('button', { name: 'Trả lại hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Trả lại hồ sơ' });

    await user.click(within(dialog).getByRole('button', { name: 'Trả lại hồ sơ' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Lý do trả lại/ });
    expect(within(dialog).getByText('Vui lòng nhập lý do trả lại hồ sơ')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(posted).toEqual([]);

    await user.type(reason, 'Không thuộc thẩm quyền giải quyết');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại hồ sơ' }));
    expect(await screen.findByText('Đã thực hiện: Trả lại hồ sơ.')).toBeInTheDocument();
    expect(posted).toEqual([{ type: 'return', version: 3, reason: 'Không thuộc thẩm quyền giải quyết' }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.')).toBeInTheDocument();
  });

  it('a version conflict says someone else acted first and reloads the dossier', async () => {
    let reads = 0;
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => {
        reads += 1;
        // After the conflict the API has the other clerk's outcome.
        return json(reads === 1 ? staffDossier() : staffDossier({ status: 'processing', version: 4, allowedActions: ['request-supplement', 'return', 'transfer-records', 'register', 'forward', 'apologize', 'complete'] }));
      },
      '/api/v1/staff/dossiers/d1/actions': () =>
        problem({ type: 'about:blank', status: 409, code: 'DOSSIER_VERSION_CONFLICT', title: 'Hồ sơ đã được người khác cập nhật', details: { status: 'processing', version: 4 } }),
    });
    const { user } = renderApp('/can-bo/ho-so/d1');
    await user.click(await within(await screen.findByRole('complementary', { name: 'Xử lý hồ sơ' })).findByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Tiếp nhận hồ sơ' });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Hồ sơ vừa được người khác xử lý');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(buttonsOf(panel())).toContain('Chuyển xử lý'));
    expect(buttonsOf(panel())).not.toContain('Tiếp nhận hồ sơ');
  });

  it('a refusal (403) shows the API message in the dialog', async () => {
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => json(staffDossier()),
      '/api/v1/staff/dossiers/d1/actions': () =>
        problem({ type: 'about:blank', status: 403, code: 'DOSSIER_ROLE_NOT_ALLOWED', title: 'Vai trò của bạn không được thực hiện thao tác này' }),
    });
    const { user } = renderApp('/can-bo/ho-so/d1');
    await user.click(await within(await screen.findByRole('complementary', { name: 'Xử lý hồ sơ' })).findByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Tiếp nhận hồ sơ' });
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Vai trò của bạn không được thực hiện thao tác này');
  });

  it('Chuyển xử lý asks for a colleague of the unit and sends the note', async () => {
    const posted: unknown[] = [];
    mockFetch({
      '/api/v1/me': () => json(clerk()),
      '/api/v1/staff/dossiers/d1': () => json(staffDossier({ status: 'processing', allowedActions: ['forward'] })),
      '/api/v1/staff/colleagues': () =>
        json({
          items: [
            { id: LEADER_ID, name: 'Lê Văn Dũng', role: 'leader', roles: ['leader'], position: 'Phó Giám đốc Sở', unit: 'Sở Xây dựng' },
            { id: SPECIALIST_ID, name: 'Lò Thị Mai', role: 'specialist', roles: ['specialist'], position: null, unit: 'Sở Xây dựng' },
          ],
        }),
      '/api/v1/staff/dossiers/d1/actions': (_url, init) => {
        posted.push(JSON.parse(String(init?.body)));
        return json(staffDossier({ status: 'processing', version: 4, allowedActions: [] }));
      },
    });
    const { user } = renderApp('/can-bo/ho-so/d1');
    await user.click(await within(await screen.findByRole('complementary', { name: 'Xử lý hồ sơ' })).findByRole('button', { name: 'Chuyển xử lý' }));
    const dialog = screen.getByRole('dialog', { name: 'Chuyển xử lý' });
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển xử lý' }));
    expect(within(dialog).getByText('Vui lòng chọn cán bộ nhận hồ sơ')).toBeInTheDocument();

    const receiver = within(dialog).getByRole('combobox', { name: /^Chuyển cho/ });
    await within(dialog).findByRole('option', { name: 'Lê Văn Dũng — Lãnh đạo — Phó Giám đốc Sở' });
    await user.selectOptions(receiver, LEADER_ID);
    await user.type(within(dialog).getByRole('textbox', { name: /^Ghi chú/ }), 'Kính chuyển lãnh đạo xem xét');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển xử lý' }));
    await screen.findByText('Đã thực hiện: Chuyển xử lý.');
    expect(posted).toEqual([{ type: 'forward', version: 3, toUserId: LEADER_ID, note: 'Kính chuyển lãnh đạo xem xét' }]);
  });

  it('Kết thúc xử lý needs a result document first', async () => {
    const posted: unknown[] = [];
    mockFetch({
      '/api/v1/me': () => json(clerk({ roles: ['specialist'] })),
      '/api/v1/staff/dossiers/d1': () => json(staffDossier({ status: 'processing', allowedActions: ['complete'] })),
      '/api/v1/staff/dossiers/d1/actions': (_url, init) => {
        posted.push(JSON.parse(String(init?.body)));
        return json(staffDossier({ status: 'result' }));
      },
    });
    const { user } = renderApp('/can-bo/ho-so/d1');
    await user.click(await within(await screen.findByRole('complementary', { name: 'Xử lý hồ sơ' })).findByRole('button', { name: 'Kết thúc xử lý' }));
    const dialog = screen.getByRole('dialog', { name: 'Kết thúc xử lý' });
    expect(within(dialog).getByText('Chưa có tệp kết quả nào.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Kết thúc xử lý' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Vui lòng tải lên ít nhất một văn bản kết quả');
    expect(posted).toEqual([]);
  });
});
