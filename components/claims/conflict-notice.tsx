'use client';
import { STATUS_LABELS } from '@/lib/vocab';
import { secondaryButtonClass } from '@/components/ui/field';
import type { Conflict } from './use-save-queue';
import { formatUtcDateTime } from '@/lib/dates';

export function formatWhen(iso: string | null): string {
  return iso ? formatUtcDateTime(iso) : '';
}

/** Shown when a save was refused because someone else changed the claim first: theirs or mine. */
export function ConflictNotice({ conflict, onKeepTheirs, onApplyMine }: { conflict: Conflict; onKeepTheirs: () => void; onApplyMine: () => void }) {
  const { mine, theirs } = conflict;
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">Someone else changed this claim since you opened it.</p>
      <p className="mt-1">
        {theirs.updatedByName ?? 'Another reviewer'} set it to <strong>{STATUS_LABELS[theirs.status]}</strong>
        {theirs.updatedAt ? ` at ${formatWhen(theirs.updatedAt)}` : ''}
        {theirs.note ? `, with the note “${theirs.note}”` : ', with no note'}.
      </p>
      <p className="mt-1">
        You chose <strong>{STATUS_LABELS[mine.status]}</strong>
        {mine.note ? ` with the note “${mine.note}”` : ''}
        {mine.evidence?.length ? ` and the evidence ${mine.evidence.map((e) => `“${e.title}”`).join(', ')}` : ''}.
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" className={secondaryButtonClass} onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onApplyMine}>
          Apply mine
        </button>
      </div>
    </div>
  );
}
