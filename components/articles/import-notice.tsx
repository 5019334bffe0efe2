'use client';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';

/** What just happened, after the import or update form sent the editor here. */
export function ImportNotice() {
  const t = useTranslations('articles.notice');
  const params = useSearchParams();
  let message: string | null = null;
  if (params.get('existing') === '1') {
    message = t('existing');
  } else if (params.get('imported') !== null) {
    message = t('imported', { count: Number(params.get('imported')) });
  } else if (params.get('updated') !== null) {
    const n = (k: string) => Number(params.get(k) ?? 0);
    message = t('updated', {
      version: params.get('updated') ?? '',
      unchanged: n('unchanged'),
      moved: n('moved'),
      changed: n('changed'),
      missing: n('missing'),
      added: n('added'),
      recheck: n('changed') + n('missing'),
    });
  }
  if (!message) return null;
  return (
    <p role="status" className="basis-full rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      {message}
    </p>
  );
}
