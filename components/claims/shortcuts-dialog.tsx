'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';

/** The same keys in every language (the review page's key handler uses these). */
export const SHORTCUT_KEYS = ['j', 'k', '1', '2', '3', '0', 'n', '/', '?'] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations('claims.shortcuts');
  const tc = useTranslations('common');
  const what = (key: (typeof SHORTCUT_KEYS)[number]) => {
    switch (key) {
      case 'j':
        return t('next');
      case 'k':
        return t('previous');
      case '1':
        return t('mark', { status: tc('status', { status: 'verified' }) });
      case '2':
        return t('mark', { status: tc('status', { status: 'disputed' }) });
      case '3':
        return t('mark', { status: tc('status', { status: 'needs_source' }) });
      case '0':
        return t('mark', { status: tc('status', { status: 'unreviewed' }) });
      case 'n':
        return t('note');
      case '/':
        return t('search');
      case '?':
        return t('help');
    }
  };
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-black/30">
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUT_KEYS.map((key) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{what(key)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-stone-500">{t('offWhileTyping')}</p>
      <button type="button" onClick={onClose} className="mt-4 rounded-md border border-stone-300 px-3 py-1.5 text-sm">
        {t('close')}
      </button>
    </dialog>
  );
}
