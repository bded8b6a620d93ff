import type { Table } from './types';

/** A plain-text table with right-aligned numbers. */
export function renderTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: (string | number)[]) =>
    row.map((c, i) => (typeof c === 'number' || /^[\d.,×x%-]+$/.test(String(c)) ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  const out = [table.title, line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)];
  for (const note of table.notes ?? []) out.push(note);
  return `${out.join('\n')}\n`;
}
