'use client';
import { useEffect, useRef } from 'react';
import type { ClaimOutline, ClaimView } from '@/lib/claim-types';

/**
 * Polls for claims whose review version changed (someone else's save), then fetches just those.
 * Polling rather than server-sent events: it survives proxies and sleeping laptops, needs no
 * long-lived connection per open tab, and a version list for one article is a few hundred bytes.
 */
export type LiveChanges = { updated: ClaimView[]; removedIds: number[] };

/** What changed on the server since this page's copy: edited, newly added and hidden claims. */
export function diffVersions(
  known: Map<number, number>,
  versions: { id: number; version: number; hidden: boolean }[],
): { fetchIds: number[]; removedIds: number[] } {
  const fetchIds: number[] = [];
  const removedIds: number[] = [];
  for (const v of versions) {
    const mine = known.get(v.id);
    if (v.hidden) {
      if (mine !== undefined) removedIds.push(v.id);
    } else if (mine === undefined || mine < v.version) {
      fetchIds.push(v.id);
    }
  }
  return { fetchIds, removedIds };
}

export function useLiveClaims({
  articleId,
  claims,
  pollMs,
  onChanged,
  announceChanges,
}: {
  articleId: number;
  claims: ClaimOutline[];
  pollMs: number;
  onChanged: (changes: LiveChanges) => void;
  /** Says (to screen readers) how many claims others changed, and who; the caller words it. */
  announceChanges: (count: number, who: string) => void;
}) {
  const known = useRef(new Map<number, number>());
  useEffect(() => {
    known.current = new Map(claims.map((c) => [c.id, c.version]));
  }, [claims]);

  useEffect(() => {
    let stopped = false;
    async function fetchClaims(ids: number[]): Promise<ClaimView[]> {
      if (ids.length === 0) return [];
      const res = await fetch(`/api/articles/${articleId}/claims?ids=${ids.slice(0, 200).join(',')}`, { cache: 'no-store' });
      return res.ok ? ((await res.json()) as { claims: ClaimView[] }).claims : [];
    }
    async function tick() {
      if (document.hidden) return;
      try {
        const res = await fetch(`/api/articles/${articleId}/claims?versions=1`, { cache: 'no-store' });
        if (!res.ok) return;
        const { versions } = (await res.json()) as { versions: { id: number; version: number; hidden: boolean }[] };
        const { fetchIds, removedIds } = diffVersions(known.current, versions);
        if (fetchIds.length === 0 && removedIds.length === 0) return;
        const updated = await fetchClaims(fetchIds);
        if (stopped) return;
        onChanged({ updated, removedIds });
        const who = [...new Set(updated.map((c) => c.updatedByName).filter(Boolean))].join(', ');
        const n = updated.length + removedIds.length;
        announceChanges(n, who);
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }
    const timer = setInterval(tick, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, pollMs, onChanged, announceChanges]);
}
