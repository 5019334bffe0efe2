// The claims section of the print view: one block per claim in reading order, with the same
// fields as the PDF and the Markdown report, in the report's language.
import { REPORT_MESSAGES, createTranslator, isHttpUrl, speakerWithRole, type ReportClaim, type ReportText, type ReportTranslator } from '@/lib/report/types';
import { ReportStatus } from './report-status';

function EvidenceList({ evidence, t }: { evidence: ReportClaim['evidence']; t: ReportTranslator }) {
  if (evidence.length === 0) return <>{t('evidenceNone')}</>;
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
              {item.title.trim() || t('untitled')} — {item.url} <span className="text-stone-600">({t('notLinked')})</span>
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

function ClaimBlock({ claim, t, text }: { claim: ReportClaim; t: ReportTranslator; text: ReportText }) {
  return (
    <li id={`claim-${claim.id}`} className="flex break-inside-avoid flex-col gap-2 border-b border-stone-200 pb-4">
      <h3 className="flex flex-wrap items-center gap-2 font-semibold">
        <span>{t('claimHistory', { position: claim.position, id: claim.id })}</span>
        <ReportStatus status={claim.status} text={text} />
      </h3>
      <dl className="flex flex-col gap-1 text-sm">
        <Row label={t('field.speaker')}>{speakerWithRole(claim, text)}</Row>
        <Row label={t('field.kind')}>{text.kind(claim.kind)}</Row>
        <Row label={t('field.quote')}>
          {/* Quotation marks only around words actually quoted: a reported claim is a paraphrase. */}
          {claim.kind === 'direct' ? (
            <q className="font-serif text-base">{claim.text}</q>
          ) : (
            <span className="font-serif text-base">{claim.text}</span>
          )}
        </Row>
        <Row label={t('field.sentence')}>{claim.sentence}</Row>
        <Row label={t('field.note')}>{claim.note}</Row>
        <Row label={t('field.evidence')}>
          <EvidenceList evidence={claim.evidence} t={t} />
        </Row>
        {claim.sourceCheck ? <Row label={t('field.sourceCheck')}>{text.sourceCheckLine(claim.sourceCheck)}</Row> : null}
        <Row label={t('field.lastReviewed')}>{text.lastReviewedLine(claim)}</Row>
      </dl>
    </li>
  );
}

export function ReportClaimList({ claims, text }: { claims: ReportClaim[]; text: ReportText }) {
  const t = createTranslator({ locale: text.locale, messages: REPORT_MESSAGES[text.locale], namespace: 'report' });
  return (
    <section aria-labelledby="report-claims" className="flex flex-col gap-3">
      <h2 id="report-claims" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">
        {t('claims')}
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm">{t('noClaims')}</p>
      ) : (
        <ol aria-label={t('claimsInReport')} className="flex flex-col gap-4">
          {claims.map((claim) => (
            <ClaimBlock key={claim.id} claim={claim} t={t} text={text} />
          ))}
        </ol>
      )}
    </section>
  );
}
