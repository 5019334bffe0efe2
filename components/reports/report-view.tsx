// The print-friendly review report: the same sections, in the same order, as the PDF export
// (header, summary, claims, history appendix). Server component; all user text is rendered as
// React text (escaped), and only http(s) URLs become links.
import { claimReviewWarnings } from '@/lib/report/claimreview';
import {
  REPORT_STATUSES,
  STATUS_LABELS,
  claimsInReadingOrder,
  formatTimestamp,
  isHttpUrl,
  publishedUrl,
  signOffSentences,
  summarize,
  type ReportData,
} from '@/lib/report/types';
import { languageName } from '@/components/articles/article-table';
import { ChainResult } from './chain-result';
import { ReportClaimList } from './report-claims';
import { ReportHistoryAppendix } from './report-history';

/** A date-only value stays a date: "2024-06-18", not "2024-06-18 00:00 UTC". */
export function dateOrTimestamp(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatTimestamp(value);
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-28 shrink-0 font-semibold">{label}</dt>
      <dd className="min-w-0 break-words">{children ?? '—'}</dd>
    </div>
  );
}

function ReportHeader({ data }: { data: ReportData }) {
  const { article, generatedBy } = data;
  return (
    <header className="flex flex-col gap-3">
      <h1 className="font-serif text-2xl font-bold leading-tight">Review report: {article.title}</h1>
      <dl className="flex flex-col gap-0.5 text-sm">
        <Field label="Outlet">{article.outlet}</Field>
        <Field label="URL">
          {isHttpUrl(article.url) ? (
            <a href={article.url.trim()} className="text-accent underline" rel="noopener noreferrer nofollow">
              {article.url}
            </a>
          ) : (
            article.url
          )}
        </Field>
        <Field label="Language">{`${languageName(article.language)} (${article.language})`}</Field>
        <Field label="Published">{article.publishedAt ? dateOrTimestamp(article.publishedAt) : null}</Field>
        <Field label="Generated">
          {formatTimestamp(data.generatedAt)} by {generatedBy.name}
          {generatedBy.email ? ` (${generatedBy.email})` : ''}
        </Field>
        <Field label="Organisation">{data.organization.name}</Field>
        <Field label="Sign-off">{signOffSentences(data.signOff).join(' ')}</Field>
        <Field label="Public page">
          {publishedUrl(data) ? (
            <a href={publishedUrl(data)!} className="text-accent underline">
              {publishedUrl(data)}
            </a>
          ) : (
            'Not published'
          )}
        </Field>
      </dl>
    </header>
  );
}

const cell = 'border-b border-stone-200 px-2 py-1';
const numberCell = `${cell} text-right tabular-nums`;

function StatusTable({ data }: { data: ReportData }) {
  const summary = summarize(data);
  return (
    <table className="w-64 text-sm">
      <caption className="sr-only">Claims by status</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>Status</th>
          <th scope="col" className={`${cell} text-right`}>Claims</th>
        </tr>
      </thead>
      <tbody>
        {REPORT_STATUSES.map((s) => (
          <tr key={s}>
            <th scope="row" className={`${cell} text-left font-normal`}>{STATUS_LABELS[s]}</th>
            <td className={numberCell}>{summary.byStatus[s]}</td>
          </tr>
        ))}
        <tr className="font-semibold">
          <th scope="row" className={`${cell} text-left`}>Total</th>
          <td className={numberCell}>{summary.total}</td>
        </tr>
      </tbody>
    </table>
  );
}

function SpeakerTable({ data }: { data: ReportData }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Claims by speaker and status</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>Speaker</th>
          <th scope="col" className={`${cell} text-right`}>Total</th>
          {REPORT_STATUSES.map((s) => (
            <th key={s} scope="col" className={`${cell} text-right`}>{STATUS_LABELS[s]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summarize(data).bySpeaker.map((row) => (
          <tr key={row.speaker} className="break-inside-avoid">
            <th scope="row" className={`${cell} text-left font-normal`}>{row.speaker}</th>
            <td className={numberCell}>{row.total}</td>
            {REPORT_STATUSES.map((s) => (
              <td key={s} className={numberCell}>{row.byStatus[s]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the ClaimReview export leaves out, so an editor is not surprised by a short file. */
function ClaimReviewNote({ data }: { data: ReportData }) {
  const skipped = claimReviewWarnings(data).length;
  const exported = data.claims.length - skipped;
  return (
    <p className="text-sm text-stone-700">
      ClaimReview export: {exported} {exported === 1 ? 'claim' : 'claims'} with a conclusion (Verified or Disputed)
      {skipped > 0 ? `; ${skipped} without one (Unreviewed or Needs source) ${skipped === 1 ? 'is' : 'are'} left out.` : '.'}
    </p>
  );
}

function ReportSummary({ data }: { data: ReportData }) {
  return (
    <section aria-labelledby="report-summary" className="flex flex-col gap-3">
      <h2 id="report-summary" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">Summary</h2>
      <p className="text-sm">{data.claims.length} claims in total.</p>
      <StatusTable data={data} />
      <h3 className="font-semibold">By speaker</h3>
      <SpeakerTable data={data} />
      <h3 className="font-semibold">History chain check</h3>
      <ChainResult chain={data.chain} />
      <ClaimReviewNote data={data} />
    </section>
  );
}

export function ReportView({ data }: { data: ReportData }) {
  const claims = claimsInReadingOrder(data);
  return (
    <article aria-label="Review report" className="mx-auto flex max-w-4xl flex-col gap-8 bg-white p-8 shadow-sm ring-1 ring-stone-200 print:max-w-none print:p-0 print:shadow-none print:ring-0">
      <ReportHeader data={data} />
      <ReportSummary data={data} />
      <ReportClaimList claims={claims} />
      <ReportHistoryAppendix data={data} claims={claims} />
    </article>
  );
}
