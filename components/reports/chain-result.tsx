import { chainSentence, type ReportData } from '@/lib/report/types';

/** The history-chain check in words. A broken chain must not be missed: bold and red, as in the PDF. */
export function ChainResult({ chain }: { chain: ReportData['chain'] }) {
  return <p className={chain.intact ? 'text-sm' : 'text-sm font-bold text-red-800'}>{chainSentence(chain)}</p>;
}
