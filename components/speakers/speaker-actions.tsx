'use client';
import { useActionState, useEffect, useId } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { mergeSpeakersAction, renameSpeakerAction } from '@/server/actions/speakers';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { SPEAKER_TYPES, type SpeakerType } from '@/lib/vocab';

/** Rename a speaker, or merge it into another (its claims move over, each change audited). */
export function SpeakerActions({
  speaker,
  others,
}: {
  speaker: { id: number; name: string; role: string | null; type: SpeakerType | null };
  others: { id: number; name: string }[];
}) {
  const t = useTranslations('speakers.actions');
  const tc = useTranslations('common');
  const uid = useId();
  const router = useRouter();
  const [renamed, rename, renaming] = useActionState(renameSpeakerAction, null);
  const [merged, merge, merging] = useActionState(mergeSpeakersAction, null);
  useEffect(() => {
    if (renamed?.ok || merged?.ok) router.refresh();
  }, [renamed, merged, router]);

  const renameError = renamed && !renamed.ok ? Object.values(renamed.fieldErrors ?? { _: [renamed.message] }).flat().join(' ') : '';
  const mergeError = merged && !merged.ok ? Object.values(merged.fieldErrors ?? { _: [merged.message] }).flat().join(' ') : '';

  return (
    <details>
      <summary className="cursor-pointer text-accent underline">
        {t('summary')}<span className="sr-only"> {speaker.name}</span>
      </summary>
      <div className="mt-2 flex w-80 flex-col gap-3">
        <form action={rename} className="flex flex-col gap-1">
          <input type="hidden" name="speakerId" value={speaker.id} />
          <label htmlFor={`${uid}-name`} className="text-xs text-stone-600">
            {t('newName', { name: speaker.name })}
          </label>
          <input id={`${uid}-name`} name="name" defaultValue={speaker.name} className={inputClass} aria-describedby={`${uid}-rename-msg`} aria-invalid={renameError ? true : undefined} />
          <label htmlFor={`${uid}-role`} className="text-xs text-stone-600">
            {t('roleOf', { name: speaker.name })}
          </label>
          <input id={`${uid}-role`} name="role" defaultValue={speaker.role ?? ''} className={inputClass} />
          <label htmlFor={`${uid}-type`} className="text-xs text-stone-600">
            {t('kindOf', { name: speaker.name })}
          </label>
          <select id={`${uid}-type`} name="type" defaultValue={speaker.type ?? ''} className={inputClass}>
            <option value="">{t('kindUnknown')}</option>
            {SPEAKER_TYPES.map((type) => (
              <option key={type} value={type}>
                {tc('speakerType', { type })}
              </option>
            ))}
          </select>
          <button type="submit" className={`${secondaryButtonClass} self-start`} disabled={renaming}>
            {t('rename')}
          </button>
          <p id={`${uid}-rename-msg`} aria-live="polite" className="text-xs">
            {renameError ? <span className="text-red-700">{renameError}</span> : renamed?.ok ? <span className="text-green-800">{renamed.message}</span> : null}
          </p>
        </form>
        {others.length > 0 ? (
          <form action={merge} className="flex flex-col gap-1">
            <input type="hidden" name="fromId" value={speaker.id} />
            <label htmlFor={`${uid}-into`} className="text-xs text-stone-600">
              {t('mergeInto', { name: speaker.name })}
            </label>
            <select id={`${uid}-into`} name="intoId" defaultValue="" className={inputClass} aria-describedby={`${uid}-merge-msg`} aria-invalid={mergeError ? true : undefined}>
              <option value="">{t('choose')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button type="submit" className={`${secondaryButtonClass} self-start`} disabled={merging}>
              {t('merge')}
            </button>
            <p id={`${uid}-merge-msg`} aria-live="polite" className="text-xs">
              {mergeError ? <span className="text-red-700">{mergeError}</span> : merged?.ok ? <span className="text-green-800">{merged.message}</span> : null}
            </p>
          </form>
        ) : null}
      </div>
    </details>
  );
}
