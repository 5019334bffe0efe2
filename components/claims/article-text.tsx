'use client';
import { memo, useMemo } from 'react';
import type { ClaimView } from '@/lib/claim-types';
import { STATUS_LABELS } from '@/lib/vocab';

type Segment = { start: number; end: number; claim: ClaimView | null };

/**
 * Splits the body at every claim boundary. Where claims overlap (a reported claim that contains a
 * direct quote), the shortest claim covering a stretch owns it, so every quote stays clickable.
 */
export function segmentBody(body: string, claims: ClaimView[]): Segment[] {
  const cuts = new Set<number>([0, body.length]);
  for (const c of claims) {
    cuts.add(Math.max(0, Math.min(c.start, body.length)));
    cuts.add(Math.max(0, Math.min(c.end, body.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...claims].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claim = bySize.find((c) => c.start <= start && c.end >= end) ?? null;
    const last = segments[segments.length - 1];
    if (last && last.claim === claim) last.end = end;
    else segments.push({ start, end, claim });
  }
  return segments;
}

function ArticleTextInner({
  body,
  claims,
  activeId,
  onSelect,
}: {
  body: string;
  claims: ClaimView[];
  activeId: number | null;
  onSelect: (id: number) => void;
}) {
  const segments = useMemo(() => segmentBody(body, claims), [body, claims]);
  return (
    <article aria-label="Article text" className="whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-stone-900">
      {segments.map((s) =>
        s.claim ? (
          <mark
            key={`${s.start}-${s.claim.id}`}
            id={`mark-${s.claim.id}-${s.start}`}
            className="claim-mark"
            data-claim-id={s.claim.id}
            data-status={s.claim.status}
            data-active={s.claim.id === activeId}
            title={`${s.claim.speaker?.name ?? 'Unknown speaker'} · ${STATUS_LABELS[s.claim.status]}`}
            onClick={() => onSelect(s.claim!.id)}
          >
            {body.slice(s.start, s.end)}
          </mark>
        ) : (
          <span key={`t-${s.start}`}>{body.slice(s.start, s.end)}</span>
        ),
      )}
    </article>
  );
}

export const ArticleText = memo(ArticleTextInner);
