import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/fetch-mock.ts';
import { renderApp } from '../test/render.tsx';

describe('SkipLink', () => {
  it('is the first thing Tab reaches and takes focus to the main content', async () => {
    mockFetch({
      '/api/v1/procedures': () => json({ items: [], nextCursor: null }),
      '/api/v1/agencies': () => json({ items: [], nextCursor: null }),
    });
    const { user } = renderApp('/huong-dan');

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(skip).toHaveFocus();

    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', `#${main.id}`);

    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
  });
});
