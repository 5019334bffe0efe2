import { STATUS_ICONS } from '@/components/ui/status-badge';
import type { ReportStatus as Status, ReportText } from '@/lib/report/types';

const STYLES: Record<Status, string> = {
  unreviewed: 'bg-stone-100 text-stone-700 ring-stone-300',
  verified: 'bg-green-50 text-green-800 ring-green-300',
  disputed: 'bg-red-50 text-red-800 ring-red-300',
  needs_source: 'bg-amber-50 text-amber-900 ring-amber-300',
};

/** A claim's status in the print view: named in the report's language, which may not be the interface's. */
export function ReportStatus({ status, text }: { status: Status; text: ReportText }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span>
      {text.status(status)}
    </span>
  );
}
