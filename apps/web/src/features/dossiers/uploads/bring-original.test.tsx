import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TProcedureDetail } from '@portal/domain';
import { account } from '../../../test/accounts.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { renderApp } from '../../../test/render.tsx';
import { dossier, dossierProcedure } from '../test-fixtures.ts';

const PROCEDURE = '/api/v1/procedures/1.009994.H18';
const APPLICATION = 'Đơn đề nghị cấp giấy phép xây dựng';

/** c1 (required) may be brought on paper to the one-stop desk; c2 may not. */
const paperProcedure = (): TProcedureDetail => {
  const base = dossierProcedure();
  return { ...base, components: base.components.map((component) => ({ ...component, paperOriginalAllowed: component.id === 'c1' })) };
};

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;

beforeEach(() => {
  document.cookie = 'csrf_token=test-csrf; path=/';
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Tải tệp lên / Mang bản gốc đến bộ phận một cửa (seed 003, Chọn thông tin bạn có)', () => {
  it('offers the choice only where the procedure allows it; bringing the original completes a required component and is saved', async () => {
    const posts: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(paperProcedure()),
      '/api/v1/dossiers': (_url, init) => {
        posts.push(bodyOf(init));
        return json(dossier({ components: paperProcedure().components.map((component) => ({ ...component, bringOriginal: component.id === 'c1', files: [] })) }), { status: 201 });
      },
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18');
    const how = await screen.findByRole('group', { name: `Cách nộp: ${APPLICATION}` });
    // Only one component offers paper: one radio group.
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(within(how).getByRole('radio', { name: 'Tải tệp lên' })).toBeChecked();
    expect(screen.getByRole('button', { name: `Chọn tệp cho: ${APPLICATION}` })).toBeInTheDocument();

    await user.click(within(how).getByRole('radio', { name: 'Mang bản gốc đến bộ phận một cửa' }));
    expect(within(how).getByRole('radio', { name: 'Mang bản gốc đến bộ phận một cửa' })).toBeChecked();
    expect(screen.queryByRole('button', { name: `Chọn tệp cho: ${APPLICATION}` })).not.toBeInTheDocument();
    expect(within(how).getByText(/Bạn sẽ mang bản gốc đến bộ phận một cửa để đối chiếu/)).toBeInTheDocument();

    // Gửi đi: the form is incomplete, the component is not.
    await user.click(screen.getByRole('button', { name: 'Gửi đi' }));
    const summary = await screen.findByRole('alert', { name: 'Hồ sơ chưa thể gửi: vui lòng kiểm tra các mục sau' });
    expect(within(summary).getAllByRole('link').map((item) => item.textContent)).toEqual(['Vui lòng nhập Tên công trình', 'Vui lòng nhập Số tầng']);

    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));
    expect(await screen.findByText(/^Đã lưu hồ sơ\./)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.bringOriginals).toEqual(['c1']);
  });

  it('shows a saved choice; going back to uploading keeps the files and asks for them again', async () => {
    const saved = dossier({
      components: paperProcedure().components.map((component) => ({
        ...component,
        bringOriginal: component.id === 'c1',
        files:
          component.id === 'c1'
            ? [{ id: 'f1', componentId: 'c1', role: 'attachment' as const, name: 'don.pdf', size: 2048, mimeType: 'application/pdf', sha256: 'a'.repeat(64), uploadedAt: '2026-11-20T02:00:00.000Z' }]
            : [],
      })),
    });
    const patches: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': () => json(account()),
      [PROCEDURE]: () => json(paperProcedure()),
      '/api/v1/dossiers/d1': (_url, init) => {
        if (init?.method === 'PATCH') {
          patches.push(bodyOf(init));
          return json({ ...saved, version: 2 });
        }
        return json(saved);
      },
    });
    const { user } = renderApp('/ca-nhan/nop-ho-so/1.009994.H18?hoSo=d1');
    const how = await screen.findByRole('group', { name: `Cách nộp: ${APPLICATION}` });
    expect(within(how).getByRole('radio', { name: 'Mang bản gốc đến bộ phận một cửa' })).toBeChecked();
    expect(within(how).getByText(/Các tệp đã tải lên vẫn được giữ lại/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải về don.pdf' })).toBeInTheDocument();

    await user.click(within(how).getByRole('radio', { name: 'Tải tệp lên' }));
    expect(screen.getByRole('button', { name: `Chọn tệp cho: ${APPLICATION}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải về don.pdf' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu lại' }));
    expect(await screen.findByText(/^Đã lưu hồ sơ\./)).toBeInTheDocument();
    expect(patches.at(-1)!.bringOriginals).toEqual([]);
  });
});
