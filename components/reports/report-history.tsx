// The history appendix of the print view: every recorded change of every claim, oldest first,
// under the result of the history-chain check. Starts on a new printed page, as in the PDF.
import { STATUS_LABELS, actionLabel, formatTimestamp, type ReportClaim, type ReportData, type ReportHistoryEvent } from '@/lib/report/types';
import { ChainResult } from './chain-result';

function statusChange(event: ReportHistoryEvent): string {
  if (!event.fromStatus && !event.toStatus) return '';
  const label = (s: ReportHistoryEvent['fromStatus']) => (s ? STATUS_LABELS[s] : '—');
  return `${label(event.fromStatus)} → ${label(event.toStatus)}`;
}

const cell = 'border-b border-stone-200 px-2 py-1 align-top';

function HistoryTable({ claim }: { claim: ReportClaim }) {
  if (claim.history.length === 0) return <p className="text-sm text-stone-600">No recorded events.</p>;
  return (
    <table className="w-full table-fixed text-xs">
      <caption className="sr-only">History of claim {claim.position}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className={`${cell} w-32`}>When</th>
          <th scope="col" className={`${cell} w-28`}>Who</th>
          <th scope="col" className={`${cell} w-28`}>Action</th>
          <th scope="col" className={`${cell} w-36`}>Status</th>
          <th scope="col" className={cell}>Note and detail</th>
        </tr>
      </thead>
      <tbody>
        {claim.history.map((event, i) => (
          <tr key={i} className="break-inside-avoid">
            <td className={`${cell} tabular-nums`}>{formatTimestamp(event.at)}</td>
            <td className={`${cell} break-words`}>{event.actor}</td>
            <td className={cell}>{actionLabel(event.action)}</td>
            <td className={cell}>{statusChange(event)}</td>
            <td className={`${cell} whitespace-pre-wrap break-words`}>
              {[event.note, event.detail].filter(Boolean).join('\n')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportHistoryAppendix({ data, claims }: { data: ReportData; claims: ReportClaim[] }) {
  return (
    <section aria-labelledby="report-history" className="flex flex-col gap-3 print:break-before-page">
      <h2 id="report-history" className="break-after-avoid border-b border-stone-300 pb-1 font-serif text-xl font-bold">Appendix: history</h2>
      <ChainResult chain={data.chain} />
      {claims.map((claim) => (
        <div key={claim.id} className="flex flex-col gap-1">
          <h3 className="text-sm font-semibold">
            Claim {claim.position} (#{claim.id})
          </h3>
          <HistoryTable claim={claim} />
        </div>
      ))}
    </section>
  );
}
