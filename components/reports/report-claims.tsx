// The claims section of the print view: one block per claim in reading order, with the same
// fields as the PDF and the Markdown report.
import { KIND_LABELS, formatTimestamp, isHttpUrl, speakerName, type ReportClaim } from '@/lib/report/types';
import { sourceCheckLine } from '@/lib/report/source-check';
import { StatusBadge } from '@/components/ui/status-badge';

function EvidenceList({ evidence }: { evidence: ReportClaim['evidence'] }) {
  if (evidence.length === 0) return <>none</>;
  return (
    <ul className="list-disc pl-5">
      {evidence.map((item, i) => (
        <li key={i} className="break-words">
          {isHttpUrl(item.url) ? (
            <>
              <a href={item.url.trim()} className="text-accent underline" rel="noopener noreferrer nofollow">
                {item.title.trim() || item.url}
              </a>
              {/* Printed paper has no links: show where each one goes. */}
              <span className="text-stone-600"> — {item.url}</span>
            </>
          ) : (
            <span>
              {item.title.trim() || '(untitled)'} — {item.url} <span className="text-stone-600">(not linked: not an http(s) URL)</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-2">
      <dt className="font-semibold">{label}</dt>
      <dd className="min-w-0 whitespace-pre-wrap break-words">{children || '—'}</dd>
    </div>
  );
}

function ClaimBlock({ claim }: { claim: ReportClaim }) {
  const role = claim.speaker.role?.trim();
  return (
    <li id={`claim-${claim.id}`} className="flex break-inside-avoid flex-col gap-2 border-b border-stone-200 pb-4">
      <h3 className="flex flex-wrap items-center gap-2 font-semibold">
        <span>
          {claim.position}. Claim #{claim.id}
        </span>
        <StatusBadge status={claim.status} />
      </h3>
      <dl className="flex flex-col gap-1 text-sm">
        <Row label="Speaker">{role ? `${speakerName(claim)} (${role})` : speakerName(claim)}</Row>
        <Row label="Kind">{KIND_LABELS[claim.kind]}</Row>
        <Row label="Quote">
          {/* Quotation marks only around words actually quoted: a reported claim is a paraphrase. */}
          {claim.kind === 'direct' ? (
            <q className="font-serif text-base">{claim.text}</q>
          ) : (
            <span className="font-serif text-base">{claim.text}</span>
          )}
        </Row>
        <Row label="Sentence">{claim.sentence}</Row>
        <Row label="Note">{claim.note}</Row>
        <Row label="Evidence">
          <EvidenceList evidence={claim.evidence} />
        </Row>
        {claim.sourceCheck ? <Row label="Source check">{sourceCheckLine(claim.sourceCheck)}</Row> : null}
        <Row label="Last reviewed">
          {claim.lastReviewer
            ? `${claim.lastReviewer}${claim.lastReviewedAt ? ` at ${formatTimestamp(claim.lastReviewedAt)}` : ''}`
            : null}
        </Row>
      </dl>
    </li>
  );
}

export function ReportClaimList({ claims }: { claims: ReportClaim[] }) {
  return (
    <section aria-labelledby="report-claims" className="flex flex-col gap-3">
      <h2 id="report-claims" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">Claims</h2>
      {claims.length === 0 ? (
        <p className="text-sm">No claims.</p>
      ) : (
        <ol aria-label="Claims in the report" className="flex flex-col gap-4">
          {claims.map((claim) => (
            <ClaimBlock key={claim.id} claim={claim} />
          ))}
        </ol>
      )}
    </section>
  );
}
