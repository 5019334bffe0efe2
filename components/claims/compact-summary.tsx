'use client';
import { useTranslations } from 'next-intl';
import type { ClaimView } from '@/lib/claim-types';

/**
 * The one line a closed card gives to its note and evidence (and to unsaved drafts, so the
 * reviewer sees nothing typed was lost). Nothing when there is neither.
 */
export function CompactSummary({ claim, noteDraft, evidenceDraft }: { claim: ClaimView; noteDraft: string | null; evidenceDraft: string }) {
  const t = useTranslations('claims.card');
  const note = noteDraft ?? claim.note;
  if (!note && claim.evidence.length === 0 && !evidenceDraft) return null;
  return (
    <p className="mt-1 truncate text-xs text-stone-600">
      {note ? (
        <span>
          <span className="font-medium">{noteDraft !== null ? t('unsavedNoteLabel') : t('noteLabel')}</span> {note}
        </span>
      ) : null}
      {note && (claim.evidence.length > 0 || evidenceDraft) ? ' · ' : null}
      {claim.evidence.length > 0 ? (
        <span>
          <span className="font-medium">{t('evidenceLabel')}</span>{' '}
          {claim.evidence.map((ev, i) => (
            <span key={ev.id}>
              {i > 0 ? ', ' : null}
              <a href={ev.url} target="_blank" rel="noopener noreferrer nofollow" className="text-accent underline">
                {ev.title}
              </a>
            </span>
          ))}
        </span>
      ) : evidenceDraft ? (
        <span>
          <span className="font-medium">{t('unsavedEvidenceLabel')}</span> {evidenceDraft}
        </span>
      ) : null}
    </p>
  );
}
