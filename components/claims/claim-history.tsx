'use client';
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { HistoryEntry } from '@/lib/claim-types';
import { eventLabel, type EventAction, type ReviewStatus } from '@/lib/vocab';

type Translate = ReturnType<typeof useTranslations<'claims.history'>>;
type TranslateCommon = ReturnType<typeof useTranslations<'common'>>;

/** One line saying what an event changed, in the reader's language. */
export function describeEvent(e: HistoryEntry, t: Translate, tc: TranslateCommon): string {
  const d = e.detail ?? {};
  const status = (s: ReviewStatus | null) => (s ? tc('status', { status: s }) : '—');
  switch (e.action) {
    case 'review':
      return e.fromStatus === e.toStatus ? t('noteChanged', { status: status(e.toStatus) }) : `${status(e.fromStatus)} → ${status(e.toStatus)}`;
    case 'evidence_added':
    case 'evidence_removed':
      return t('evidenceEvent', { action: e.action, title: String(d.title ?? ''), url: String(d.url ?? '') });
    default: {
      const action = tc('event', { action: e.action as EventAction, fallback: eventLabel(e.action) });
      return typeof d.reason === 'string' ? t('withReason', { action, reason: d.reason }) : action;
    }
  }
}

/** The full list, oldest first: who, when, what changed. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations('claims.history');
  const tc = useTranslations('common');
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-sm text-stone-600">{t('empty')}</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="border-l-2 border-stone-300 pl-3">
          <p>
            <span className="font-medium">{e.actorName}</span>{' '}
            <time dateTime={e.at} className="text-stone-500">
              {format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'medium' })} UTC
            </time>
          </p>
          <p>{describeEvent(e, t, tc)}</p>
          {e.note ? <p className="whitespace-pre-wrap text-stone-700">{t('note', { note: e.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** Loads a claim's history when opened. `refreshKey` reloads it after a change. */
export function ClaimHistoryPanel({ claimId, refreshKey }: { claimId: number; refreshKey: number }) {
  const t = useTranslations('claims.history');
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    fetch(`/api/claims/${claimId}/history`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { events: HistoryEntry[] }) => live && setEntries(data.events))
      .catch(() => live && setError(t('loadFailed')));
    return () => {
      live = false;
    };
  }, [claimId, refreshKey, t]);
  return (
    <div className="rounded-md bg-stone-50 p-3" aria-live="polite">
      <h4 className="mb-2 text-sm font-semibold">{t('heading')}</h4>
      {error ? <p className="text-sm text-red-700">{error}</p> : entries ? <HistoryList entries={entries} /> : <p className="text-sm">{t('loading')}</p>}
      <Link href={`/claims/${claimId}/history`} className="mt-2 inline-block text-xs text-accent underline">
        {t('openFull')}
      </Link>
    </div>
  );
}
