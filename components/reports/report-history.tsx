// The history appendix of the print view: every recorded change of every claim, oldest first,
// under the result of the history-chain check. Starts on a new printed page, as in the PDF.
import { REPORT_MESSAGES, createTranslator, type ReportClaim, type ReportData, type ReportHistoryEvent, type ReportText, type ReportTranslator } from '@/lib/report/types';
import { ChainResult } from './chain-result';

function statusChange(event: ReportHistoryEvent, text: ReportText): string {
  if (!event.fromStatus && !event.toStatus) return '';
  const label = (s: ReportHistoryEvent['fromStatus']) => (s ? text.status(s) : '—');
  return `${label(event.fromStatus)} → ${label(event.toStatus)}`;
}

const cell = 'border-b border-stone-200 px-2 py-1 align-top';

function HistoryTable({ claim, t, text }: { claim: ReportClaim; t: ReportTranslator; text: ReportText }) {
  if (claim.history.length === 0) return <p className="text-sm text-stone-600">{t('noEvents')}</p>;
  return (
    <table className="w-full table-fixed text-xs">
      <caption className="sr-only">{t('claimHistoryCaption', { position: claim.position })}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className={`${cell} w-32`}>{t('history.when')}</th>
          <th scope="col" className={`${cell} w-28`}>{t('history.who')}</th>
          <th scope="col" className={`${cell} w-28`}>{t('history.action')}</th>
          <th scope="col" className={`${cell} w-36`}>{t('history.status')}</th>
          <th scope="col" className={cell}>{t('history.noteAndDetail')}</th>
        </tr>
      </thead>
      <tbody>
        {claim.history.map((event, i) => (
          <tr key={i} className="break-inside-avoid">
            <td className={`${cell} tabular-nums`}>{text.timestamp(event.at)}</td>
            <td className={`${cell} break-words`}>{event.actor}</td>
            <td className={cell}>{text.action(event.action)}</td>
            <td className={cell}>{statusChange(event, text)}</td>
            <td className={`${cell} whitespace-pre-wrap break-words`}>
              {[event.note, event.detail].filter(Boolean).join('\n')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportHistoryAppendix({ data, claims, text }: { data: ReportData; claims: ReportClaim[]; text: ReportText }) {
  const t = createTranslator({ locale: text.locale, messages: REPORT_MESSAGES[text.locale], namespace: 'report' });
  return (
    <section aria-labelledby="report-history" className="flex flex-col gap-3 print:break-before-page">
      <h2 id="report-history" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">
        {t('appendix')}
      </h2>
      <ChainResult chain={data.chain} text={text} />
      {claims.map((claim) => (
        <div key={claim.id} className="flex flex-col gap-1">
          <h3 className="text-sm font-semibold">{t('claimHistory', { position: claim.position, id: claim.id })}</h3>
          <HistoryTable claim={claim} t={t} text={text} />
        </div>
      ))}
    </section>
  );
}
