import Link from 'next/link';
import type { ArticleListItem } from '@/db/queries/articles';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBar } from '@/components/overview/status-bar';
import { DataTable } from '@/components/ui/data-table';

const LANGUAGE_NAMES: Record<string, string> = { id: 'Indonesian', en: 'English' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

export function ArticleTable({ items }: { items: ArticleListItem[] }) {
  if (items.length === 0) {
    return <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-600">No articles yet.</p>;
  }
  return (
    <DataTable caption={<>Articles and their review progress</>}
      head={
        <>
            <th scope="col" className="px-4 py-2">Title</th>
            <th scope="col" className="px-4 py-2">Outlet</th>
            <th scope="col" className="px-4 py-2">Language</th>
            <th scope="col" className="px-4 py-2 text-right">Claims</th>
            <th scope="col" className="px-4 py-2">Review progress</th>
            <th scope="col" className="px-4 py-2">Statuses</th>
        </>
      }
    >
          {items.map((a) => (
            <tr key={a.id} className="border-b border-stone-100 last:border-0">
              <td className="px-4 py-3">
                <Link href={`/articles/${a.id}`} className="font-serif text-base font-semibold text-accent hover:underline">
                  {a.title}
                </Link>
              </td>
              <td className="px-4 py-3 text-stone-700">{a.outlet ?? '—'}</td>
              <td className="px-4 py-3 text-stone-700">{languageName(a.language)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{a.total}</td>
              <td className="min-w-44 px-4 py-3">
                <ProgressBar reviewed={a.reviewed} total={a.total} label={`Review progress of ${a.title}`} />
              </td>
              <td className="px-4 py-3">
                <StatusBar
                  counts={{ verified: a.verified, disputed: a.disputed, needs_source: a.needsSource, unreviewed: a.total - a.reviewed }}
                  label={`Claims of ${a.title} by status`}
                  width={120}
                />
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
