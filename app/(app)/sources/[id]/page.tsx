import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { getSource } from '@/db/queries/sources';
import { requirePageUser } from '@/server/auth';
import { parseIdParam } from '@/server/http';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sources');
  return { title: t('page.title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

/** A passage given by ?from=&to= offsets, when it lies inside the text. */
function passageOf(text: string, from?: string, to?: string): { start: number; end: number } | null {
  const start = Number(from);
  const end = Number(to);
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length ? { start, end } : null;
}

/** The desk's copy of a source, with the passage an evidence link points to marked. */
export default async function SourcePage({ params, searchParams }: Props) {
  await requirePageUser();
  const t = await getTranslations('sources');
  const id = parseIdParam((await params).id);
  const source = id ? getSource(getDb(), { sourceId: id }) : undefined;
  if (!source) notFound();
  const { from, to } = await searchParams;
  const passage = passageOf(source.body, from, to);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href="/sources" className="text-sm text-accent underline">
        {t('page.back')}
      </Link>
      <h1 className="font-serif text-2xl font-bold">{source.title}</h1>
      <p className="text-sm text-stone-600">
        {t('kind', { kind: source.kind })} · {t('page.language', { language: source.language })}
        {source.date ? ` · ${source.date}` : ''} · {t('page.addedBy', { name: source.createdByName ?? t('page.unknown') })}
        {source.url ? (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="text-accent underline">
              {t('page.original')}
            </a>
          </>
        ) : null}
      </p>
      <div lang={source.language} className="whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 font-serif leading-7">
        {passage ? (
          <>
            {source.body.slice(0, passage.start)}
            <mark id="passage" className="bg-yellow-200">
              {source.body.slice(passage.start, passage.end)}
            </mark>
            {source.body.slice(passage.end)}
          </>
        ) : (
          source.body
        )}
      </div>
    </div>
  );
}
