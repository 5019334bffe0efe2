'use client';
import { useSearchParams } from 'next/navigation';

/** What just happened, after the import or update form sent the editor here. */
export function ImportNotice() {
  const params = useSearchParams();
  let message: string | null = null;
  if (params.get('existing') === '1') {
    message = 'This article was already imported: here it is, with its reviews.';
  } else if (params.get('imported') !== null) {
    const n = Number(params.get('imported'));
    message = `Article imported with ${n} claim${n === 1 ? '' : 's'}.`;
  } else if (params.get('updated') !== null) {
    const n = (k: string) => Number(params.get(k) ?? 0);
    const recheck = n('changed') + n('missing');
    message =
      `Updated to version ${params.get('updated')}: ${n('unchanged')} unchanged, ${n('moved')} moved, ${n('changed')} reworded, ` +
      `${n('missing')} missing, ${n('added')} new. ` +
      (recheck > 0 ? `${recheck} claim${recheck === 1 ? '' : 's'} need${recheck === 1 ? 's' : ''} a re-check.` : 'Nothing needs a re-check.');
  }
  if (!message) return null;
  return (
    <p role="status" className="basis-full rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
      {message}
    </p>
  );
}
