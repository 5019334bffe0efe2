'use client';
import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { HistoryEntry } from '@/lib/claim-types';
import { STATUS_LABELS, eventLabel, type ReviewStatus } from '@/lib/vocab';

function statusLabel(s: ReviewStatus | null) {
  return s ? STATUS_LABELS[s] : '—';
}

export function describeEvent(e: HistoryEntry): string {
  const d = e.detail ?? {};
  switch (e.action) {
    case 'review':
      return e.fromStatus === e.toStatus
        ? `Note changed (status stays ${statusLabel(e.toStatus)})`
        : `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`;
    case 'evidence_added':
    case 'evidence_removed':
      return `${eventLabel(e.action)}: ${String(d.title ?? '')} (${String(d.url ?? '')})`;
    default: {
      const reason = typeof d.reason === 'string' ? `: ${d.reason}` : '';
      return `${eventLabel(e.action)}${reason}`;
    }
  }
}

/** The full list, oldest first: who, when, what changed. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-stone-600">No changes yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="border-l-2 border-stone-300 pl-3">
          <p>
            <span className="font-medium">{e.actorName}</span>{' '}
            <time dateTime={e.at} className="text-stone-500">
              {new Date(e.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
            </time>
          </p>
          <p>{describeEvent(e)}</p>
          {e.note ? <p className="whitespace-pre-wrap text-stone-700">Note: {e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** Loads a claim's history when opened. `refreshKey` reloads it after a change. */
export function ClaimHistoryPanel({ claimId, refreshKey }: { claimId: number; refreshKey: number }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    fetch(`/api/claims/${claimId}/history`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { events: HistoryEntry[] }) => live && setEntries(data.events))
      .catch(() => live && setError('The history could not be loaded. Try again.'));
    return () => {
      live = false;
    };
  }, [claimId, refreshKey]);
  return (
    <div className="rounded-md bg-stone-50 p-3" aria-live="polite">
      <h4 className="mb-2 text-sm font-semibold">History</h4>
      {error ? <p className="text-sm text-red-700">{error}</p> : entries ? <HistoryList entries={entries} /> : <p className="text-sm">Loading…</p>}
      <Link href={`/claims/${claimId}/history`} className="mt-2 inline-block text-xs text-accent underline">
        Open full history page
      </Link>
    </div>
  );
}
