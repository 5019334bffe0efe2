'use client';
import { memo, useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { ClaimOutline } from '@/lib/claim-types';
import { segmentBody } from '@/lib/segments';

function ArticleTextInner({
  body,
  claims,
  activeId,
  onSelect,
}: {
  body: string;
  claims: ClaimOutline[];
  activeId: number | null;
  onSelect: (id: number) => void;
}) {
  const t = useTranslations('claims.workspace');
  const tc = useTranslations('common');
  const segments = useMemo(() => segmentBody(body, claims), [body, claims]);
  return (
    <article data-article-text aria-label={t('articleText')} className="whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-stone-900">
      {segments.map((s) =>
        s.claim ? (
          <mark
            key={`${s.start}-${s.claim.id}`}
            className="claim-mark"
            data-claim-id={s.claim.id}
            data-status={s.claim.status}
            // Only the active mark carries the attribute: 2,000 marks need not all say "false".
            data-active={s.claim.id === activeId || undefined}
            title={`${s.claim.speaker?.name ?? tc('unknownSpeaker')} · ${tc('status', { status: s.claim.status })}`}
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
