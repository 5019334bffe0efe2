import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/queries/connection';
import { getArticleVersionBody, listArticleVersions } from '@/db/queries/versions';
import { requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { parseIdParam } from '@/server/http';
import { formatUtcDateTime } from '@/lib/dates';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Article versions' };

function when(iso: string): string {
  return formatUtcDateTime(iso);
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> };

export default async function VersionsPage({ params, searchParams }: Props) {
  await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  const versions = listArticleVersions(db, { articleId: article.id });
  const shown = parseIdParam((await searchParams).v ?? '') ?? null;
  const body = shown ? getArticleVersionBody(db, { articleId: article.id, version: shown }) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title="Versions">
        <p className="text-sm text-stone-600">Every text this article has had, newest first. Claims and reviews follow the current version.</p>
      </ArticleSubpageHeader>
      <DataTable caption={<>Versions of {article.title}</>}
        head={
          <>
              <th scope="col" className="px-4 py-2">Version</th>
              <th scope="col" className="px-4 py-2">Imported</th>
              <th scope="col" className="px-4 py-2">By</th>
              <th scope="col" className="px-4 py-2 text-right">Characters</th>
              <th scope="col" className="px-4 py-2">Text</th>
          </>
        }
      >
            {versions.map((v) => (
              <tr key={v.version} className="border-b border-stone-100 last:border-0">
                <td className="px-4 py-2 tabular-nums">
                  {v.version}
                  {v.version === article.currentVersion ? <span className="ml-2 rounded bg-accent-soft px-1.5 text-xs">current</span> : null}
                </td>
                <td className="px-4 py-2">
                  <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
                </td>
                <td className="px-4 py-2">{v.createdByName ?? '—'}</td>
                <td className="px-4 py-2 text-right tabular-nums">{v.characters.toLocaleString('en-GB')}</td>
                <td className="px-4 py-2">
                  <Link href={`/articles/${article.id}/versions?v=${v.version}`} className="text-accent underline">
                    Show text<span className="sr-only"> of version {v.version}</span>
                  </Link>
                </td>
              </tr>
            ))}
      </DataTable>
      {body !== undefined ? (
        <section aria-labelledby="version-text">
          <h2 id="version-text" className="text-lg font-semibold">
            Text of version {shown}
          </h2>
          <div className="mt-2 whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 font-serif">{body}</div>
        </section>
      ) : null}
    </div>
  );
}
