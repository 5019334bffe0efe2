'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { attachmentFilename, decodeDraftReason, decodeWarnings, type ClaimReviewWarnings } from '@/lib/report/download';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; warnings: ClaimReviewWarnings; draftReason: string | null }
  | { kind: 'error'; message: string };

/** Hands a fetched file to the browser's download manager under the server's file name. */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download manager a moment to take the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function errorMessage(res: Response, fallback: string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  return body?.message ?? fallback;
}

/**
 * The ClaimReview download. A plain download link without JavaScript; with it, the file is
 * fetched here so the claims the export leaves out (sent in a response header) can be shown.
 */
export function ClaimReviewLink({ href, className }: { href: string; className?: string }) {
  const t = useTranslations('reports');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    // Let "open in new tab" and friends behave as usual.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setState({ kind: 'busy' });
    try {
      const res = await fetch(href, { cache: 'no-store' });
      if (!res.ok) return setState({ kind: 'error', message: await errorMessage(res, t('exportFailedStatus', { status: res.status })) });
      saveBlob(await res.blob(), attachmentFilename(res.headers, 'claimreview.jsonld'));
      setState({ kind: 'done', warnings: decodeWarnings(res.headers), draftReason: decodeDraftReason(res.headers) });
    } catch {
      setState({ kind: 'error', message: t('exportFailedNetwork') });
    }
  }

  return (
    <>
      <a href={href} download onClick={download} className={className} aria-busy={state.kind === 'busy'}>
        {t('claimReview')}
      </a>
      <div role="status" aria-live="polite" className="px-2 text-xs empty:hidden">
        {state.kind === 'error' ? <p className="text-red-800">{state.message}</p> : null}
        {state.kind === 'done' && state.draftReason ? <p className="mb-1 rounded bg-amber-50 p-2 text-amber-950">{t('draftOnly')} {state.draftReason}</p> : null}
        {state.kind === 'done' ? <WarningList warnings={state.warnings} /> : null}
      </div>
    </>
  );
}

function WarningList({ warnings }: { warnings: ClaimReviewWarnings }) {
  const t = useTranslations('reports');
  const tc = useTranslations('common');
  if (warnings.skipped === 0) return <p className="text-green-800">{t('allExported')}</p>;
  const more = warnings.skipped - warnings.lines.length;
  return (
    <div className="flex flex-col gap-1 rounded bg-amber-50 p-2 text-amber-950">
      <p className="font-medium">
        {t('notExported', { count: warnings.skipped, verified: tc('status', { status: 'verified' }), disputed: tc('status', { status: 'disputed' }) })}
      </p>
      <ul aria-label={t('notExportedList')} className="max-h-32 list-disc overflow-y-auto pl-4">
        {warnings.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {more > 0 ? <p>{t('andMore', { count: more })}</p> : null}
    </div>
  );
}
