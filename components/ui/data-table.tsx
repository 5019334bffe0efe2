// The desk's list tables (articles, claims, speakers, versions, users): a scrollable white frame,
// a caption for screen readers (the table's accessible name), a quiet upper-case header row.
// Callers give the header cells and the body rows, so each table keeps its own columns.
import type { ReactNode } from 'react';

export function DataTable({ caption, head, after, children }: { caption?: ReactNode; head: ReactNode; after?: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  );
}
