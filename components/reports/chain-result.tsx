import type { ReportData, ReportText } from '@/lib/report/types';

/** The history-chain check in words. A broken chain must not be missed: bold and red, as in the PDF. */
export function ChainResult({ chain, text }: { chain: ReportData['chain']; text: ReportText }) {
  return <p className={chain.intact ? 'text-sm' : 'text-sm font-bold text-red-800'}>{text.chainSentence(chain)}</p>;
}
