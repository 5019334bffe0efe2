'use client';
import { useEffect, useState } from 'react';

/** Full-text search runs on the server (SQLite FTS5); null means "no search, show all". */
export function useSearchIds(articleId: number, query: string): Set<number> | null {
  const q = query.trim();
  const [result, setResult] = useState<{ q: string; ids: Set<number> } | null>(null);
  useEffect(() => {
    if (!q) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/articles/${articleId}/claims?q=${encodeURIComponent(q)}&idsOnly=1`, { signal: ctrl.signal, cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : { ids: [] }))
        .then((d: { ids: number[] }) => setResult({ q, ids: new Set(d.ids) }))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [articleId, q]);
  if (!q) return null;
  // While a search is in flight the previous result (or everything, for the first one) stays on
  // screen: no flash of an empty list.
  return result?.ids ?? null;
}
