import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A captioned table whose columns after the first `textColumns` are numbers (right-aligned, tabular). */
export function DataTable({ caption, headers, rows, textColumns = 1, className = '', hideCaption = false }: {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  textColumns?: number;
  className?: string;
  /** For a table under a heading that already says what the caption says: screen readers still get it. */
  hideCaption?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className={`hqi-table ${className}`}>
      <caption className={hideCaption ? 'hqi-visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>{headers.map((header, i) => <th key={header} scope="col" className={i >= textColumns ? 'hqi-num' : undefined}>{header}</th>)}</tr>
      </thead>
      <tbody>
        {rows.length === 0 && <tr><td colSpan={headers.length} className="muted">{t('hqInsights.chart.empty')}</td></tr>}
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (i === 0
              ? <th key={i} scope="row">{cell}</th>
              : <td key={i} className={i >= textColumns ? 'hqi-num' : undefined}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
