// The source check of a claim as reports show it: the shared wording for Markdown, CSV, PDF and
// the print view, in the report's language. Pure.
import type { ReportText } from './i18n';
import type { ReportSourceCheck } from './types';

/** "altered (score 0.92) in Harbour Board press conference; only in the quote: three; only in
 * the source: two", or "passage linked by hand (other language) in …". Null when the claim has none. */
export function sourceCheckLine(sc: ReportSourceCheck | null | undefined, text: ReportText, { withUrl = true } = {}): string | null {
  if (!sc) return null;
  const where = sc.source ? `${sc.source.title}${withUrl && sc.source.url ? ` <${sc.source.url}>` : ''}` : text.t('sourceCheck.attachedSources');
  if (sc.verdict === null) return text.t('sourceCheck.byHand', { where });
  const verdict = text.t(`verdict.${sc.verdict}`);
  const parts = [
    sc.score !== null
      ? text.t('sourceCheck.verdictScore', { verdict, score: text.score(sc.score), where })
      : text.t('sourceCheck.verdict', { verdict, where }),
  ];
  if (sc.quoteOnly.length) parts.push(text.t('sourceCheck.quoteOnly', { words: sc.quoteOnly.join(' ') }));
  if (sc.sourceOnly.length) parts.push(text.t('sourceCheck.sourceOnly', { words: sc.sourceOnly.join(' ') }));
  if (sc.usedAsEvidence) parts.push(text.t('sourceCheck.usedAsEvidence'));
  return parts.join('; ');
}
