'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { setLocaleAction } from '@/app/(app)/profile/actions';
import { buttonClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { LocaleSetting } from '@/lib/i18n/locales';

/** The interface language: Bahasa Indonesia, English, or whatever the browser asks for. */
export function ProfileForm({ setting }: { setting: LocaleSetting }) {
  const t = useTranslations('profile');
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors } = useFormAction(setLocaleAction);

  // The whole page (header, <html lang>) changes language: fetch it again from the server.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);

  const options: { value: LocaleSetting; label: string; lang?: string }[] = [
    { value: 'id', label: t('languageId'), lang: 'id' },
    { value: 'en', label: t('languageEn'), lang: 'en' },
    { value: 'browser', label: t('languageBrowser') },
  ];
  const errors = fieldErrors.locale ?? [];
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <fieldset aria-describedby={errors.length ? 'locale-error' : 'locale-hint'} className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-semibold">{t('language')}</legend>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-stone-50">
            <input type="radio" name="locale" value={o.value} defaultChecked={setting === o.value} className="size-4 accent-accent" />
            {/* Each language is named in itself, so it can be found by someone who reads only it. */}
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
        <p id="locale-hint" className="text-xs text-stone-500">
          {t('languageHint')}
        </p>
        <p id="locale-error" className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {t('save')}
        </button>
        {/* Said by the client, so it is in the new language once the page has been fetched again. */}
        <p role="status" className="text-sm text-stone-700">
          {state?.ok ? t('saved') : state?.message}
        </p>
      </div>
    </form>
  );
}
