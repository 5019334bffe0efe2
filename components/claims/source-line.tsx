'use client';
import { useState } from 'react';
import Link from 'next/link';
import type { ClaimView } from '@/lib/claim-types';
import type { AlsoIn, MatchView } from '@/lib/sources/types';
import type { ActionState } from '@/server/action';
import { applyVerdictAction, passageEvidenceAction } from '@/server/actions/sources';
import { secondaryButtonClass } from '@/components/ui/field';
import { useSourceCheck } from '@/components/sources/source-check-context';
import { useMatchSummary } from '@/components/sources/match-summary';
import { SourceComparison, SourceViewer } from './on-demand';
import { VerdictBadge } from '@/components/sources/verdict-badge';
import { useFormatter, useTranslations } from 'next-intl';


type Matches = { matches: MatchView[]; alsoIn: AlsoIn[] };

/**
 * The claim's source check on its card: the best match in the attached sources with the
 * comparison on demand, cross-language sources to link by hand, and the same quote elsewhere on
 * the desk with "Apply the same verdict". Renders nothing when there is nothing to say.
 */
export function SourceLine({
  claim,
  canReview,
  onSaved,
  announce,
}: {
  claim: ClaimView;
  canReview: boolean;
  onSaved: (c: ClaimView) => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('claims.source');
  const tc = useTranslations('common');
  const format = useFormatter();
  const matchSummary = useMatchSummary();
  const shortDate = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { day: 'numeric', month: 'short' }) : '');
  const ctx = useSourceCheck();
  const [open, setOpen] = useState(false);
  const [data, setData] = useState<Matches | null>(null);
  const [loadError, setLoadError] = useState('');
  const [viewing, setViewing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  if (!ctx) return null;
  const check = ctx.checks[claim.id];
  const also = ctx.alsoIn[claim.id] ?? [];
  const matched = ctx.sources.filter((s) => s.sameLanguage);
  const foreign = ctx.sources.filter((s) => !s.sameLanguage);
  if (ctx.sources.length === 0 && also.length === 0) return null;
  const id = claim.id;

  async function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !data) {
      setLoadError('');
      const res = await fetch(`/api/claims/${id}/matches`);
      if (res.ok) setData((await res.json()) as Matches);
      else setLoadError(t('loadFailed'));
    }
  }

  function finish(res: ActionState<ClaimView>, done: string): boolean {
    if (res.ok) {
      onSaved(res.data);
      setError('');
      setMessage(done);
      announce(done);
      return true;
    }
    setMessage('');
    setError(res.message);
    announce(t('notSaved', { message: res.message }));
    return false;
  }

  async function useAsEvidence(m: MatchView) {
    setBusy(true);
    for (const p of m.passages) {
      const res = await passageEvidenceAction(null, { claimId: id, sourceId: m.sourceId, start: p.start, end: p.end, manual: false });
      if (!finish(res, t('passageAdded', { title: m.sourceTitle }))) break;
    }
    setBusy(false);
  }

  async function linkPassage(sourceId: number, title: string, p: { start: number; end: number }) {
    setBusy(true);
    const res = await passageEvidenceAction(null, { claimId: id, sourceId, start: p.start, end: p.end, manual: true });
    if (finish(res, t('passageLinked', { title }))) setViewing(null);
    setBusy(false);
  }

  async function applyVerdict(other: AlsoIn) {
    setBusy(true);
    const res = await applyVerdictAction(null, { claimId: id, fromClaimId: other.claimId, version: claim.version });
    finish(res, t('applied', { status: tc('status', { status: other.status }), title: other.articleTitle }));
    setBusy(false);
  }

  return (
    <div className="mt-2 flex flex-col gap-1 text-sm" data-testid={`source-line-${id}`}>
      {matched.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{t('source')}</span>
          {check?.best ? (
            <>
              <VerdictBadge verdict={check.best.verdict} />
              <span>{matchSummary(check.best)}</span>
            </>
          ) : (
            <span className="text-stone-600">{t('notMatched')}</span>
          )}
          <button type="button" className="text-xs text-accent underline max-lg:min-h-11" aria-expanded={open} aria-controls={`compare-${id}`} onClick={toggle}>
            {open ? t('hideComparison') : t('compare')}
          </button>
        </div>
      ) : null}
      {open ? (
        <div id={`compare-${id}`}>
          {loadError ? <p role="alert" className="text-red-700">{loadError}</p> : null}
          {!data && !loadError ? <p className="text-stone-600">{t('loading')}</p> : null}
          {data?.matches.map((m) => <SourceComparison key={m.sourceId} match={m} canReview={canReview} busy={busy} onUseAsEvidence={useAsEvidence} />)}
        </div>
      ) : null}
      {foreign.map((s) => (
        <div key={s.id}>
          <span className="font-medium">{t('foreignSource', { language: s.language })}</span> {s.title}{' '}
          <button type="button" className="text-xs text-accent underline max-lg:min-h-11" aria-expanded={viewing === s.id} onClick={() => setViewing(viewing === s.id ? null : s.id)}>
            {viewing === s.id ? t('closeSource') : canReview ? t('linkTranslated') : t('showSource')}
          </button>
          {viewing === s.id ? (
            <SourceViewer sourceId={s.id} title={s.title} language={s.language} canReview={canReview} busy={busy} onLink={(p) => linkPassage(s.id, s.title, p)} />
          ) : null}
        </div>
      ))}
      {check?.linked.length ? (
        <p className="text-xs text-stone-600">
          {t('passagesUsed', { list: check.linked.map((l) => (l.manual ? t('byHand', { title: l.sourceTitle }) : l.sourceTitle)).join('; ') })}
        </p>
      ) : null}
      {also.map((o) => (
        <div key={o.claimId} className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-stone-50 px-2 py-1">
          <span>
            {t('alsoIn')}{' '}
            <Link href={`/articles/${o.articleId}#claim-${o.claimId}`} className="text-accent underline">
              {o.articleTitle}
            </Link>
            : {tc('status', { status: o.status })}
            {o.updatedByName && o.status !== 'unreviewed' ? ` ${t('by', { name: o.updatedByName, date: shortDate(o.updatedAt) })}` : ''}
          </span>
          {canReview && o.status !== 'unreviewed' ? (
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => applyVerdict(o)}>
              {t('applySame')}
            </button>
          ) : null}
        </div>
      ))}
      <p aria-live="polite" className="text-xs">
        {message ? <span className="text-green-800">{message}</span> : null}
        {error ? <span className="text-red-700">{error}</span> : null}
      </p>
    </div>
  );
}
