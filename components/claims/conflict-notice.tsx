'use client';
import { useTranslations } from 'next-intl';
import { secondaryButtonClass } from '@/components/ui/field';
import type { Conflict } from './use-save-queue';
import { useWhen } from './use-when';

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** Shown when a save was refused because someone else changed the claim first: theirs or mine. */
export function ConflictNotice({ conflict, onKeepTheirs, onApplyMine }: { conflict: Conflict; onKeepTheirs: () => void; onApplyMine: () => void }) {
  const t = useTranslations('claims.conflict');
  const tc = useTranslations('common');
  const when = useWhen();
  const { mine, theirs } = conflict;
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">{t('title')}</p>
      <p className="mt-1">
        {t.rich('theirs', {
          name: theirs.updatedByName ?? t('anotherReviewer'),
          status: tc('status', { status: theirs.status }),
          hasWhen: theirs.updatedAt ? 'yes' : 'no',
          when: when(theirs.updatedAt),
          hasNote: theirs.note ? 'yes' : 'no',
          note: theirs.note,
          strong,
        })}
      </p>
      <p className="mt-1">
        {t.rich('mine', {
          status: tc('status', { status: mine.status }),
          hasNote: mine.note ? 'yes' : 'no',
          note: mine.note,
          hasEvidence: mine.evidence?.length ? 'yes' : 'no',
          evidence: (mine.evidence ?? []).map((e) => `“${e.title}”`).join(', '),
          strong,
        })}
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" className={secondaryButtonClass} onClick={onKeepTheirs}>
          {t('keepTheirs')}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onApplyMine}>
          {t('applyMine')}
        </button>
      </div>
    </div>
  );
}
