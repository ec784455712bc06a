import type { ReactNode } from 'react';

export type TCardTableColumn = { key: string; label: string; className?: string };
export type TCardTableRow = { key: string; cells: Readonly<Record<string, ReactNode>> };

/**
 * A table that a phone reads as one small card per row, each value under its column's name
 * (the public lookup's layout). Used for every processing history: the public lookup, the
 * citizen's dossier page and its "Quá trình XL" dialog, and the staff dossier page. Wide
 * screens keep the table, in a scroll region the keyboard can reach.
 */
export function CardTable({
  caption,
  columns,
  rows,
  className,
  labelledBy,
}: {
  caption: ReactNode;
  columns: readonly TCardTableColumn[];
  rows: readonly TCardTableRow[];
  className?: string;
  /** The heading naming the scroll region; the caption names it otherwise. */
  labelledBy?: string;
}) {
  return (
    <div className="table-scroll card-table-wrap" role="region" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      {/* Explicit roles: the phone layout turns rows into blocks, which drops table semantics in some browsers. */}
      <table className={className ? `data-table card-table ${className}` : 'data-table card-table'} role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={column.key} scope="col" role="columnheader">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} role="row">
              {columns.map((column) => (
                <td key={column.key} role="cell" className={column.className} data-label={column.label}>
                  {/* One box per value: the phone layout sets the label and the value side by side. */}
                  <div className="card-table__value">{row.cells[column.key]}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
