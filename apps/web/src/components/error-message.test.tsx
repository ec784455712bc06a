import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client.ts';
import { ErrorMessage } from './error-message.tsx';

describe('ErrorMessage', () => {
  it("shows the API's title, its field errors and the request id", () => {
    const error = ApiError.fromProblem({
      type: 'about:blank',
      status: 422,
      code: 'VALIDATION_FAILED',
      title: 'Dữ liệu không hợp lệ',
      errors: { email: 'Địa chỉ thư điện tử không đúng định dạng', phone: 'Bắt buộc' },
      requestId: 'req-42',
    });
    render(<ErrorMessage error={error} fieldLabels={{ email: 'Thư điện tử' }} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(alert).toHaveTextContent('Thư điện tử: Địa chỉ thư điện tử không đúng định dạng');
    expect(alert).toHaveTextContent('phone: Bắt buộc');
    expect(alert).toHaveTextContent('Mã tra cứu lỗi: req-42');
  });

  it('explains a network failure in plain words and offers a retry', async () => {
    const onRetry = vi.fn();
    const error = new ApiError({ status: 0, code: 'NETWORK_ERROR', title: 'Network request failed', fromServer: false });
    render(<ErrorMessage error={error} onRetry={onRetry} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Không kết nối được tới máy chủ');
    expect(screen.queryByText('Network request failed')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('never shows technical text for unexpected errors', () => {
    render(<ErrorMessage error={new TypeError('x is undefined')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Hệ thống đang gặp sự cố');
    expect(screen.queryByText(/undefined/)).not.toBeInTheDocument();
  });
});
