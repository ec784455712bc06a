import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SecretDialog, curlExample } from './secret-dialog.tsx';

beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const revealed = { kind: 'rotated' as const, name: 'Kiosk', clientId: 'cli_0a1b2c3d', secret: 'cs_AbC-123_xyz', previousExpiresAt: null };

describe('the one-time secret dialog', () => {
  it('speaks English too, and says so when the browser refuses the clipboard', async () => {
    await i18n.changeLanguage('en');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<SecretDialog revealed={revealed} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'New secret of “Kiosk”' });
    expect(dialog).toHaveTextContent('The client secret is shown only once.');
    expect(dialog).not.toHaveTextContent('keeps working until');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy the curl command' }));
    expect(await within(dialog).findByText('Could not copy; select it and copy it by hand.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'I have saved the secret' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('builds a curl command for client_secret_basic', () => {
    expect(curlExample('https://dichvucong.dienbien.gov.vn/api/v1/oauth/token', 'cli_1', 'cs_2')).toBe(
      "curl -X POST 'https://dichvucong.dienbien.gov.vn/api/v1/oauth/token' \\\n  -u 'cli_1:cs_2' \\\n  -d grant_type=client_credentials",
    );
  });
});
