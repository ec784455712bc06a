import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CardTable } from './card-table.tsx';

describe('CardTable (every processing history)', () => {
  it('is a table whose cells carry their column name for the phone cards, in a focusable region', () => {
    render(
      <>
        <h2 id="h">Quá trình xử lý</h2>
        <CardTable
          caption="Các bước xử lý"
          labelledBy="h"
          columns={[
            { key: 'time', label: 'Thời gian', className: 'nowrap' },
            { key: 'action', label: 'Thao tác xử lý' },
          ]}
          rows={[{ key: 'a', cells: { time: '08:00 01/12/2026', action: 'Tiếp nhận hồ sơ' } }]}
        />
      </>,
    );
    const region = screen.getByRole('region', { name: 'Quá trình xử lý' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Các bước xử lý' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Thời gian', 'Thao tác xử lý']);
    const cell = within(table).getByRole('cell', { name: 'Tiếp nhận hồ sơ' });
    expect(cell).toHaveAttribute('data-label', 'Thao tác xử lý');
    expect(within(table).getByRole('cell', { name: '08:00 01/12/2026' })).toHaveClass('nowrap');
  });
});
