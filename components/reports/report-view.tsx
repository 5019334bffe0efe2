// The print-friendly review report: the same sections, in the same order, as the PDF export
// (header, summary, claims, history appendix), in the report's language, which the reader
// chooses and which may differ from the interface's. Server component; all user text is
// rendered as React text (escaped), and only http(s) URLs become links.
import { claimReviewWarnings } from '@/lib/report/claimreview';
import {
  REPORT_STATUSES,
  claimsInReadingOrder,
  REPORT_MESSAGES,
  createTranslator,
  isHttpUrl,
  publishedUrl,
  reportText,
  summarize,
  type ReportData,
  type ReportLocale,
  type ReportText,
  type ReportTranslator,
} from '@/lib/report/types';
import { ChainResult } from './chain-result';
import { ReportClaimList } from './report-claims';
import { ReportHistoryAppendix } from './report-history';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-28 shrink-0 font-semibold">{label}</dt>
      <dd className="min-w-0 break-words">{children ?? '—'}</dd>
    </div>
  );
}

function ReportHeader({ data, t, text }: { data: ReportData; t: ReportTranslator; text: ReportText }) {
  const { article } = data;
  const page = publishedUrl(data);
  return (
    <header className="flex flex-col gap-3">
      <h1 className="font-serif text-2xl font-bold leading-tight">{t('title', { title: article.title })}</h1>
      <dl className="flex flex-col gap-0.5 text-sm">
        <Field label={t('field.outlet')}>{article.outlet}</Field>
        <Field label={t('field.url')}>
          {isHttpUrl(article.url) ? (
            <a href={article.url.trim()} className="text-accent underline" rel="noopener noreferrer nofollow">
              {article.url}
            </a>
          ) : (
            article.url
          )}
        </Field>
        <Field label={t('field.language')}>{text.languageName(article.language)}</Field>
        <Field label={t('field.published')}>{article.publishedAt ? text.timestamp(article.publishedAt) : null}</Field>
        <Field label={t('field.generated')}>{text.generatedLine(data)}</Field>
        <Field label={t('field.organisation')}>{data.organization.name}</Field>
        <Field label={t('field.signOff')}>{text.signOffSentences(data.signOff).join(' ')}</Field>
        <Field label={t('field.publicPage')}>
          {page ? (
            <a href={page} className="text-accent underline">
              {page}
            </a>
          ) : (
            t('notPublished')
          )}
        </Field>
      </dl>
    </header>
  );
}

const cell = 'border-b border-stone-200 px-2 py-1';
const numberCell = `${cell} text-right tabular-nums`;

function StatusTable({ data, t, text }: { data: ReportData; t: ReportTranslator; text: ReportText }) {
  const summary = summarize(data, text.unknownSpeaker);
  return (
    <table className="w-64 text-sm">
      <caption className="sr-only">{t('claimsByStatus')}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>{t('field.status')}</th>
          <th scope="col" className={`${cell} text-right`}>{t('claimsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {REPORT_STATUSES.map((s) => (
          <tr key={s}>
            <th scope="row" className={`${cell} text-left font-normal`}>{text.status(s)}</th>
            <td className={numberCell}>{text.number(summary.byStatus[s])}</td>
          </tr>
        ))}
        <tr className="font-semibold">
          <th scope="row" className={`${cell} text-left`}>{t('total')}</th>
          <td className={numberCell}>{text.number(summary.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function SpeakerTable({ data, t, text }: { data: ReportData; t: ReportTranslator; text: ReportText }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('claimsBySpeaker')}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>{t('field.speaker')}</th>
          <th scope="col" className={`${cell} text-right`}>{t('total')}</th>
          {REPORT_STATUSES.map((s) => (
            <th key={s} scope="col" className={`${cell} text-right`}>{text.status(s)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summarize(data, text.unknownSpeaker).bySpeaker.map((row) => (
          <tr key={row.speaker} className="break-inside-avoid">
            <th scope="row" className={`${cell} text-left font-normal`}>{row.speaker}</th>
            <td className={numberCell}>{text.number(row.total)}</td>
            {REPORT_STATUSES.map((s) => (
              <td key={s} className={numberCell}>{text.number(row.byStatus[s])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the ClaimReview export leaves out, so an editor is not surprised by a short file. */
function ClaimReviewNote({ data, t, text }: { data: ReportData; t: ReportTranslator; text: ReportText }) {
  const skipped = claimReviewWarnings(data, text.locale).length;
  const values = {
    exported: data.claims.length - skipped,
    skipped,
    verified: text.status('verified'),
    disputed: text.status('disputed'),
    unreviewed: text.status('unreviewed'),
    needsSource: text.status('needs_source'),
  };
  return (
    <p className="text-sm text-stone-700">
      {skipped > 0 ? t('claimReview.exportNoteSkipped', values) : t('claimReview.exportNote', values)}
    </p>
  );
}

function ReportSummary({ data, t, text }: { data: ReportData; t: ReportTranslator; text: ReportText }) {
  return (
    <section aria-labelledby="report-summary" className="flex flex-col gap-3">
      <h2 id="report-summary" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">
        {t('summary')}
      </h2>
      <p className="text-sm">{t('claimsInTotal', { count: data.claims.length })}</p>
      <StatusTable data={data} t={t} text={text} />
      <h3 className="font-semibold">{t('bySpeaker')}</h3>
      <SpeakerTable data={data} t={t} text={text} />
      <h3 className="font-semibold">{t('chainCheck')}</h3>
      <ChainResult chain={data.chain} text={text} />
      <ClaimReviewNote data={data} t={t} text={text} />
    </section>
  );
}

/** The report in `locale`; `lang` tells screen readers and hyphenation which language it is in. */
export function ReportView({ data, locale }: { data: ReportData; locale: ReportLocale }) {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  const claims = claimsInReadingOrder(data);
  return (
    <article
      lang={locale}
      aria-label={t('documentLabel')}
      className="mx-auto flex max-w-4xl flex-col gap-8 bg-white p-8 shadow-sm ring-1 ring-stone-200 print:max-w-none print:p-0 print:shadow-none print:ring-0"
    >
      <ReportHeader data={data} t={t} text={text} />
      <ReportSummary data={data} t={t} text={text} />
      <ReportClaimList claims={claims} text={text} />
      <ReportHistoryAppendix data={data} claims={claims} text={text} />
    </article>
  );
}
