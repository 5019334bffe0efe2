import Link from 'next/link';
import type { Metadata } from 'next';
import { getDb } from '@/db/queries/connection';
import { listSources } from '@/db/queries/sources';
import { requirePageUser } from '@/server/auth';
import { SOURCE_KIND_LABELS } from '@/lib/vocab';

export const metadata: Metadata = { title: 'Source library' };

/** Every primary source the desk has added, newest first. Sources are added from an article. */
export default async function SourcesPage() {
  await requirePageUser();
  const sources = listSources(getDb());
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <h1 className="font-serif text-2xl font-bold">Source library</h1>
      <p className="text-sm text-stone-600">Transcripts and statements shared by the whole desk. Add one from an article page (Sources → Add a new source), then attach it to other articles.</p>
      {sources.length === 0 ? (
        <p className="text-sm">No sources yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th className="py-1">Title</th>
              <th>Kind</th>
              <th>Language</th>
              <th>Date</th>
              <th>Added by</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} className="border-b border-stone-100">
                <td className="py-1">
                  <Link href={`/sources/${s.id}`} className="text-accent underline">
                    {s.title}
                  </Link>
                </td>
                <td>{SOURCE_KIND_LABELS[s.kind]}</td>
                <td>{s.language}</td>
                <td>{s.date ?? ''}</td>
                <td>{s.createdByName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
