'use client';
import { useState } from 'react';
import { restoreClaimAction } from '@/app/(app)/articles/[id]/corrections-actions';
import { secondaryButtonClass } from '@/components/ui/field';
import { useTranslations } from 'next-intl';

type HiddenClaim = { id: number; quote: string; speaker: string | null };

/** Claims marked "Not a claim" (or merged away): out of the list and reports, but restorable. */
export function HiddenClaims({ claims, canReview }: { claims: HiddenClaim[]; canReview: boolean }) {
  const t = useTranslations('articles.hidden');
  const tc = useTranslations('common');
  const [message, setMessage] = useState('');
  if (claims.length === 0) return null;

  async function restore(claimId: number) {
    const res = await restoreClaimAction(null, { claimId });
    if (!res.ok) return setMessage(res.message);
    setMessage(t('restored'));
    // The workspace keeps its own list; a reload brings the restored claim back into it.
    window.location.reload();
  }

  return (
    <details className="relative">
      <summary className={`${secondaryButtonClass} cursor-pointer list-none`}>{t('summary', { count: claims.length })}</summary>
      <div className="absolute z-10 mt-1 w-96 max-w-[90vw] rounded-md border border-stone-200 bg-white p-3 shadow-lg">
        <ul aria-label={t('label')} className="flex flex-col gap-2 text-sm">
          {claims.map((c) => (
            <li key={c.id} className="flex items-start justify-between gap-2">
              <span>
                <span className="font-medium">{c.speaker ?? tc('unknownSpeaker')}:</span> “{c.quote.length > 90 ? `${c.quote.slice(0, 87)}…` : c.quote}”
              </span>
              {canReview ? (
                <button type="button" className="shrink-0 text-accent underline" onClick={() => restore(c.id)} aria-label={t('restoreLabel', { quote: c.quote.slice(0, 60) })}>
                  {t('restore')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <p aria-live="polite" className="mt-2 text-xs text-stone-600">
          {message}
        </p>
      </div>
    </details>
  );
}
