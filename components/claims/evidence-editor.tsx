'use client';
import type { Ref } from 'react';
import { useTranslations } from 'next-intl';
import type { ClaimView } from '@/lib/claim-types';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import type { EvidenceDraft, FieldErrors } from './use-save-queue';

/**
 * A claim's evidence links and the form to add one. The draft lives in the card, so closing the
 * card keeps what was typed. `verifying`: the reviewer chose Verified and the link they add now
 * is saved together with that status.
 */
export function EvidenceEditor({
  claim,
  canReview,
  draft,
  onDraftChange,
  errors,
  verifying,
  urlRef,
  onAdd,
  onRemove,
}: {
  claim: ClaimView;
  canReview: boolean;
  draft: EvidenceDraft;
  onDraftChange: (draft: EvidenceDraft) => void;
  errors: FieldErrors;
  verifying: boolean;
  urlRef: Ref<HTMLInputElement>;
  onAdd: () => void;
  onRemove: (evidenceId: number, title: string) => void;
}) {
  const t = useTranslations('claims.evidence');
  const tc = useTranslations('claims.card');
  const id = claim.id;
  const hintId = `ev-${id}-hint`;
  return (
    <div className="mt-2">
      <h4 className="text-sm font-medium">{t('heading')}</h4>
      {/* Not a list: the claim cards are the list items, and nested items would confuse them. */}
      <div className="mt-1 flex flex-col gap-1 text-sm">
        {claim.evidence.length === 0 ? <p className="text-stone-500">{t('none')}</p> : null}
        {claim.evidence.map((ev) => (
          <div key={ev.id} className="flex items-center gap-2">
            <a href={ev.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-accent underline">
              {ev.title}
            </a>
            {canReview ? (
              <button type="button" className="text-xs text-stone-500 underline max-lg:min-h-11" onClick={() => onRemove(ev.id, ev.title)} aria-label={t('removeLabel', { title: ev.title })}>
                {t('remove')}
              </button>
            ) : null}
          </div>
        ))}
      </div>
      {canReview ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onAdd();
          }}
          className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto]"
          noValidate
        >
          {verifying ? (
            <p id={hintId} className="text-sm font-medium text-accent sm:col-span-3">
              {tc('verifiedNeedsEvidence')}
            </p>
          ) : null}
          <div className="flex flex-col">
            <label htmlFor={`ev-url-${id}`} className="text-xs text-stone-600">
              {t('url')}
            </label>
            <input
              id={`ev-url-${id}`}
              ref={urlRef}
              type="url"
              value={draft.url}
              onChange={(e) => onDraftChange({ ...draft, url: e.target.value })}
              placeholder="https://"
              className={inputClass}
              aria-invalid={errors.url || errors.evidence ? true : undefined}
              aria-describedby={verifying ? `${hintId} ev-${id}-error` : `ev-${id}-error`}
            />
          </div>
          <div className="flex flex-col">
            <label htmlFor={`ev-title-${id}`} className="text-xs text-stone-600">
              {verifying ? t('titleOptional') : t('title')}
            </label>
            <input
              id={`ev-title-${id}`}
              value={draft.title}
              onChange={(e) => onDraftChange({ ...draft, title: e.target.value })}
              className={inputClass}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={`ev-${id}-error`}
            />
          </div>
          <button type="submit" className={`${secondaryButtonClass} self-end`}>
            {verifying ? t('addAndVerify') : t('add')}
          </button>
        </form>
      ) : null}
      <p id={`ev-${id}-error`} className="text-sm text-red-700">
        {[...(errors.evidence ?? []), ...(errors.url ?? []), ...(errors.title ?? [])].join(' ')}
      </p>
    </div>
  );
}
