'use client';
import { useEffect, useRef } from 'react';
import type { ClaimView } from '@/lib/claim-types';

/**
 * Polls for claims whose review version changed (someone else's save), then fetches just those.
 * Polling rather than server-sent events: it survives proxies and sleeping laptops, needs no
 * long-lived connection per open tab, and a version list for one article is a few hundred bytes.
 */
export function useLiveClaims({
  articleId,
  claims,
  pollMs,
  onChanged,
  announce,
}: {
  articleId: number;
  claims: ClaimView[];
  pollMs: number;
  onChanged: (c: ClaimView[]) => void;
  announce: (m: string) => void;
}) {
  const known = useRef(new Map<number, number>());
  useEffect(() => {
    known.current = new Map(claims.map((c) => [c.id, c.version]));
  }, [claims]);

  useEffect(() => {
    let stopped = false;
    async function tick() {
      if (document.hidden) return;
      try {
        const res = await fetch(`/api/articles/${articleId}/claims?versions=1`, { cache: 'no-store' });
        if (!res.ok) return;
        const { versions } = (await res.json()) as { versions: { id: number; version: number }[] };
        const changed = versions.filter((v) => known.current.has(v.id) && (known.current.get(v.id) ?? 0) < v.version).map((v) => v.id);
        if (changed.length === 0 || stopped) return;
        const detail = await fetch(`/api/articles/${articleId}/claims?ids=${changed.slice(0, 200).join(',')}`, { cache: 'no-store' });
        if (!detail.ok) return;
        const { claims: fresh } = (await detail.json()) as { claims: ClaimView[] };
        if (stopped) return;
        onChanged(fresh);
        const who = [...new Set(fresh.map((c) => c.updatedByName).filter(Boolean))].join(', ');
        announce(`${fresh.length} claim${fresh.length === 1 ? '' : 's'} updated${who ? ` by ${who}` : ''}.`);
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }
    const timer = setInterval(tick, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, pollMs, onChanged, announce]);
}
