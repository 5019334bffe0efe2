// The source check of a claim as reports show it: the shared wording for Markdown, CSV, PDF and
// the print view. Pure.
import type { ReportSourceCheck } from './types';

const VERDICT_WORDS = { exact: 'exact', close: 'close', altered: 'altered', not_found: 'not found' } as const;

/** "altered (score 0.92) in Harbour Board press conference; only in the quote: three; only in
 * the source: two", or "linked by hand (other language) to …". Null when the claim has none. */
export function sourceCheckLine(sc: ReportSourceCheck | null | undefined, { withUrl = true } = {}): string | null {
  if (!sc) return null;
  const where = sc.source ? `${sc.source.title}${withUrl && sc.source.url ? ` <${sc.source.url}>` : ''}` : 'the attached sources';
  if (sc.verdict === null) return `passage linked by hand (other language) in ${where}`;
  const parts = [`${VERDICT_WORDS[sc.verdict]}${sc.score !== null ? ` (score ${sc.score.toFixed(2)})` : ''} in ${where}`];
  if (sc.quoteOnly.length) parts.push(`only in the quote: ${sc.quoteOnly.join(' ')}`);
  if (sc.sourceOnly.length) parts.push(`only in the source: ${sc.sourceOnly.join(' ')}`);
  if (sc.usedAsEvidence) parts.push('source passage used as evidence');
  return parts.join('; ');
}
