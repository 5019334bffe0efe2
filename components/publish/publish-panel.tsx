// The article page's sign-off and publication panel: where the review stands (signed off by whom,
// the history chain head, reopened and why, the public page), what still blocks sign-off or
// publication, and the editor's buttons. Data comes by props from the page.
import { useFormatter, useTranslations } from 'next-intl';
import { SignOffForms } from './sign-off-forms';
import type { PublishPanelData } from '@/lib/publish/types';


function BlockerList({ label, items }: { label: string; items: { claimId: number; message: string }[] }) {
  const t = useTranslations('publish.panel');
  if (items.length === 0) return null;
  // A few, so the claims stay near the top of the page; the rest are counted.
  const shown = items.slice(0, 3);
  return (
    <div className="text-sm">
      <p className="font-medium">{label}</p>
      <ul aria-label={label} className="ml-4 list-disc">
        {shown.map((b) => (
          <li key={b.claimId}>
            <a href={`#claim-${b.claimId}`} className="text-accent underline">
              {b.message}
            </a>
          </li>
        ))}
      </ul>
      {items.length > shown.length ? <p>{t('andMore', { count: items.length - shown.length })}</p> : null}
    </div>
  );
}

export function PublishPanel({ data, canEdit }: { data: PublishPanelData; canEdit: boolean }) {
  const t = useTranslations('publish.panel');
  const tc = useTranslations('common');
  const format = useFormatter();
  // Medium date and short time in the reader's language, in UTC (and saying so).
  const when = (iso: string) => t('at', { when: format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) });
  const bold = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const frozen = data.state === 'signed_off';
  return (
    <section aria-labelledby="signoff-heading" className="no-print flex flex-col gap-2 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <h2 id="signoff-heading" className="text-base font-semibold">
        {t('heading')}
      </h2>
      {data.signedOff && frozen ? (
        <p className="text-sm">
          {t.rich('signedOff', {
            by: data.signedOff.by,
            at: when(data.signedOff.at),
            chainHead: data.signedOff.chainHead,
            b: bold,
            code: (chunks) => <code className="break-all text-xs">{chunks}</code>,
          })}
        </p>
      ) : null}
      {data.state === 'reopened' && data.reopened ? (
        <p className="text-sm">
          {data.signedOff
            ? t.rich('reopenedAfter', {
                by: data.reopened.by,
                at: when(data.reopened.at),
                reason: data.reopened.reason,
                signedBy: data.signedOff.by,
                signedAt: when(data.signedOff.at),
                b: bold,
              })
            : t.rich('reopened', { by: data.reopened.by, at: when(data.reopened.at), reason: data.reopened.reason, b: bold })}
        </p>
      ) : null}
      {data.state === 'none' ? <p className="text-sm">{t('none')}</p> : null}
      {data.published && data.publicUrl ? (
        <p className="text-sm">
          {(() => {
            const url = data.publicUrl;
            const values = {
              url,
              b: bold,
              link: (chunks: React.ReactNode) => (
                <a href={url} className="break-all text-accent underline">
                  {chunks}
                </a>
              ),
            };
            return data.state === 'reopened' ? t.rich('publishedReopened', values) : t.rich('published', values);
          })()}
        </p>
      ) : null}
      {!data.published && data.unpublishedAt ? <p className="text-sm">{t('unpublished', { at: when(data.unpublishedAt) })}</p> : null}
      {!frozen ? <BlockerList label={t('beforeSignOff')} items={data.signOffBlockers} /> : null}
      {(frozen && !data.published) || (!frozen && data.published) ? <BlockerList label={t('beforePublishing')} items={data.publishBlockers} /> : null}
      {canEdit ? (
        <SignOffForms
          articleId={data.articleId}
          frozen={frozen}
          published={data.published}
          publicUrlProblem={data.publicUrlProblem}
          changes={data.changes.map((c) => ({
            claimId: c.claimId,
            label: t('correctionLabel', { position: c.position, from: tc('status', { status: c.fromStatus }), to: tc('status', { status: c.toStatus }) }),
          }))}
        />
      ) : (
        <p className="text-xs text-stone-600">{t('editorsOnly')}</p>
      )}
    </section>
  );
}
