// The article page's sign-off and publication panel: where the review stands (signed off by whom,
// the history chain head, reopened and why, the public page), what still blocks sign-off or
// publication, and the editor's buttons. Data comes by props from the page.
import { SignOffForms } from './sign-off-forms';
import { STATUS_LABELS } from '@/lib/vocab';
import type { PublishPanelData } from '@/lib/publish/types';
import { formatUtcDateTime } from '@/lib/dates';


function when(iso: string): string {
  return formatUtcDateTime(iso);
}

function BlockerList({ label, items }: { label: string; items: { claimId: number; message: string }[] }) {
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
      {items.length > shown.length ? <p>…and {items.length - shown.length} more.</p> : null}
    </div>
  );
}

export function PublishPanel({ data, canEdit }: { data: PublishPanelData; canEdit: boolean }) {
  const frozen = data.state === 'signed_off';
  return (
    <section aria-labelledby="signoff-heading" className="no-print flex flex-col gap-2 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <h2 id="signoff-heading" className="text-base font-semibold">
        Sign-off and publication
      </h2>
      {data.signedOff && frozen ? (
        <p className="text-sm">
          <strong>Signed off</strong> by {data.signedOff.by} at {when(data.signedOff.at)}, history chain{' '}
          <code className="break-all text-xs">{data.signedOff.chainHead}</code>. The review is frozen: changes are refused until an editor reopens it.
        </p>
      ) : null}
      {data.state === 'reopened' && data.reopened ? (
        <p className="text-sm">
          <strong>Reopened</strong> by {data.reopened.by} at {when(data.reopened.at)}, because: {data.reopened.reason}
          {data.signedOff ? ` (last signed off by ${data.signedOff.by} at ${when(data.signedOff.at)}).` : '.'}
        </p>
      ) : null}
      {data.state === 'none' ? <p className="text-sm">Not signed off yet. An editor (admin) signs off once every claim has a verdict or is set aside with a reason.</p> : null}
      {data.published && data.publicUrl ? (
        <p className="text-sm">
          <strong>Published</strong> at{' '}
          <a href={data.publicUrl} className="break-all text-accent underline">
            {data.publicUrl}
          </a>
          {data.state === 'reopened' ? ' (readers see the last signed-off version until it is signed off again)' : ''}.
        </p>
      ) : null}
      {!data.published && data.unpublishedAt ? <p className="text-sm">Unpublished at {when(data.unpublishedAt)}; the history is kept.</p> : null}
      {!frozen ? <BlockerList label="Before sign-off" items={data.signOffBlockers} /> : null}
      {(frozen && !data.published) || (!frozen && data.published) ? <BlockerList label="Before publishing" items={data.publishBlockers} /> : null}
      {canEdit ? (
        <SignOffForms
          articleId={data.articleId}
          frozen={frozen}
          published={data.published}
          publicUrlProblem={data.publicUrlProblem}
          changes={data.changes.map((c) => ({
            claimId: c.claimId,
            label: `Claim ${c.position}: published as ${STATUS_LABELS[c.fromStatus]}, now ${STATUS_LABELS[c.toStatus]}. Correction note for readers`,
          }))}
        />
      ) : (
        <p className="text-xs text-stone-600">Editors (admins) sign off, reopen and publish reviews.</p>
      )}
    </section>
  );
}
