import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../../../test/fetch-mock.ts';
import { procedureDetail } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

// The real widget needs Web Workers and WebCrypto; here the test plays its part.
vi.mock('../../auth/components/altcha-setup.ts', () => ({}));

const signedOut = () => problem({ type: 'about:blank', title: 'Vui lòng đăng nhập', status: 401, code: 'UNAUTHENTICATED' });
const FIELD = { id: '0190a3f2-0000-7000-8000-00000000f001', code: 'XD', name: 'Xây dựng', procedureCount: 3 };
const PUBLISHED = {
  id: '0190a3f2-0000-7000-8000-00000000q001',
  askerName: 'Lò Văn Páo',
  title: 'Dựng nhà tạm có cần giấy phép?',
  body: 'Gia đình tôi muốn dựng nhà tạm.',
  answer: 'Được miễn giấy phép.',
  askedAt: '2026-11-20T02:00:00.000Z',
  answeredAt: '2026-11-21T02:00:00.000Z',
  field: { id: FIELD.id, name: FIELD.name },
  procedure: null,
  agencyName: 'Sở Xây dựng',
};

/**
 * The widget reports a solved proof-of-work. Inside act(): the payload is in the form's state
 * before the next click. Without it the update waits for React's scheduler, and on a busy
 * machine the click can come first and submit without the payload.
 */
function verifyCaptcha(payload = 'solved-payload') {
  act(() => {
    document.querySelector('altcha-widget')!.dispatchEvent(new CustomEvent('statechange', { detail: { state: 'verified', payload } }));
  });
}

describe('Hỏi đáp (public page)', () => {
  it('searches with the keywords and field of the form, and links each answered question', async () => {
    const { requested } = mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/fields': () => json({ items: [FIELD], nextCursor: null }),
      '/api/v1/questions': (url) => json({ items: url.searchParams.get('q') ? [PUBLISHED] : [], nextCursor: null }),
    });
    const { user } = renderApp('/hoi-dap');
    expect(await screen.findByText('Không tìm thấy câu hỏi phù hợp.')).toBeInTheDocument();
    const search = screen.getByRole('search');
    await user.type(within(search).getByLabelText(/^Từ khóa/), 'dung nha tam');
    await user.selectOptions(within(search).getByLabelText(/^Lĩnh vực/), 'Xây dựng');
    await user.click(within(search).getByRole('button', { name: 'Tìm kiếm' }));

    expect(await screen.findByRole('link', { name: PUBLISHED.title })).toHaveAttribute('href', `/hoi-dap/${PUBLISHED.id}`);
    const last = requested().filter((url) => url.pathname === '/api/v1/questions').at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({ q: 'dung nha tam', fieldId: FIELD.id });
  });

  it('asks with the captcha payload only once the form is valid, then says where the answer will go', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/fields': () => json({ items: [FIELD], nextCursor: null }),
      '/api/v1/questions': (_url, init) => {
        if (init?.method !== 'POST') return json({ items: [], nextCursor: null });
        bodies.push(JSON.parse(String(init.body)));
        return json({ id: PUBLISHED.id, status: 'pending' }, { status: 201 });
      },
    });
    const { user } = renderApp('/hoi-dap');
    const form = await screen.findByRole('form', { name: 'Gửi câu hỏi' });
    await user.click(within(form).getByRole('button', { name: 'Gửi câu hỏi' }));
    const summary = await screen.findByRole('alert', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    expect(summary).toHaveTextContent('Vui lòng chọn lĩnh vực hoặc thủ tục của câu hỏi');
    expect(summary).toHaveTextContent('Vui lòng hoàn thành bước mã xác nhận');
    expect(bodies).toEqual([]);

    await user.type(within(form).getByLabelText(/^Họ và tên/), 'Lò Văn Páo');
    await user.type(within(form).getByLabelText(/^Thư điện tử/), 'Pao@Example.vn');
    await user.selectOptions(within(form).getByLabelText(/^Lĩnh vực/), 'Xây dựng');
    await user.type(within(form).getByLabelText(/^Tiêu đề/), PUBLISHED.title);
    await user.type(within(form).getByLabelText(/^Nội dung câu hỏi/), PUBLISHED.body);
    verifyCaptcha();
    await user.click(within(form).getByRole('button', { name: 'Gửi câu hỏi' }));

    expect(await screen.findByText(/câu trả lời sẽ được gửi tới pao@example.vn/)).toBeInTheDocument();
    expect(bodies).toEqual([
      { askerName: 'Lò Văn Páo', askerEmail: 'pao@example.vn', fieldId: FIELD.id, title: PUBLISHED.title, body: PUBLISHED.body, captcha: 'solved-payload', locale: 'vi' },
    ]);
  });

  it('opened from a procedure’s page, asks about that procedure (its agency answers) instead of a field', async () => {
    // Ids are UUIDs: the form refuses anything else
    const base = procedureDetail();
    const procedure = procedureDetail({ id: '0190a3f2-0000-7000-8000-00000000a001', field: { ...base.field, id: '0190a3f2-0000-7000-8000-00000000f002' } });
    const bodies: Record<string, unknown>[] = [];
    mockFetch({
      '/api/v1/me': signedOut,
      '/api/v1/fields': () => json({ items: [FIELD], nextCursor: null }),
      [`/api/v1/procedures/${procedure.code}`]: () => json(procedure),
      '/api/v1/questions': (_url, init) => {
        if (init?.method !== 'POST') return json({ items: [], nextCursor: null });
        bodies.push(JSON.parse(String(init.body)));
        return json({ id: PUBLISHED.id, status: 'pending' }, { status: 201 });
      },
    });
    const { user } = renderApp(`/hoi-dap?thuTuc=${procedure.code}`);
    // The form is drawn again for the procedure once it has loaded.
    expect(await screen.findByText(new RegExp(`${procedure.name} \\(${procedure.code.replace(/\./g, '\\.')}\\)`))).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Gửi câu hỏi' });
    expect(within(form).queryByLabelText(/^Lĩnh vực/)).toBeNull();
    await user.type(within(form).getByLabelText(/^Họ và tên/), 'Lò Văn Páo');
    await user.type(within(form).getByLabelText(/^Thư điện tử/), 'pao@example.vn');
    await user.type(within(form).getByLabelText(/^Tiêu đề/), PUBLISHED.title);
    await user.type(within(form).getByLabelText(/^Nội dung câu hỏi/), PUBLISHED.body);
    verifyCaptcha();
    await user.click(within(form).getByRole('button', { name: 'Gửi câu hỏi' }));
    await screen.findByText(/câu trả lời sẽ được gửi tới pao@example.vn/);
    expect(bodies[0]).toMatchObject({ procedureId: procedure.id, fieldId: procedure.field.id });

    // Another topic after all: back to the field list.
    await user.click(screen.getByRole('button', { name: 'Gửi câu hỏi khác' }));
    await user.click(await screen.findByRole('button', { name: 'Hỏi về lĩnh vực khác' }));
    expect(await within(screen.getByRole('form', { name: 'Gửi câu hỏi' })).findByLabelText(/^Lĩnh vực/)).toBeInTheDocument();
  });
});
