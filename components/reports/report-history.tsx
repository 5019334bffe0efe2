// The history appendix of the print view: every recorded change of every claim, oldest first,
// under the result of the history-chain check. Starts on a new printed page, as in the PDF.
import type { ReportClaim, ReportData, ReportHistoryEvent, ReportText } from '@/lib/report/types';
import { ChainResult } from './chain-result';

function statusChange(event: ReportHistoryEvent, text: ReportText): string {
  if (!event.fromStatus && !event.toStatus) return '';
  const label = (s: ReportHistoryEvent['fromStatus']) => (s ? text.status(s) : '—');
  return `${label(event.fromStatus)} → ${label(event.toStatus)}`;
}

const cell = 'border-b border-stone-200 px-2 py-1 align-top';

function HistoryTable({ claim, text }: { claim: ReportClaim; text: ReportText }) {
  if (claim.history.length === 0) return <p className="text-sm text-stone-600">{text.t('noEvents')}</p>;
  return (
    <table className="w-full table-fixed text-xs">
      <caption className="sr-only">{text.t('claimHistoryCaption', { position: claim.position })}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className={`${cell} w-32`}>{text.t('history.when')}</th>
          <th scope="col" className={`${cell} w-28`}>{text.t('history.who')}</th>
          <th scope="col" className={`${cell} w-28`}>{text.t('history.action')}</th>
          <th scope="col" className={`${cell} w-36`}>{text.t('history.status')}</th>
          <th scope="col" className={cell}>{text.t('history.noteAndDetail')}</th>
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
  return (
    <section aria-labelledby="report-history" className="flex flex-col gap-3 print:break-before-page">
      <h2 id="report-history" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">
        {text.t('appendix')}
      </h2>
      <ChainResult chain={data.chain} text={text} />
      {claims.map((claim) => (
        <div key={claim.id} className="flex flex-col gap-1">
          <h3 className="text-sm font-semibold">{text.t('claimHistory', { position: claim.position, id: claim.id })}</h3>
          <HistoryTable claim={claim} text={text} />
        </div>
      ))}
    </section>
  );
}
