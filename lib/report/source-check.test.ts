import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderClaimReview } from './claimreview';
import { reportText } from './i18n';
import { renderCsv } from './csv';
import { hostileReport } from './fixtures';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import schema from './report.schema.json';
import type { ReportData, ReportSourceCheck } from './types';

const ALTERED: ReportSourceCheck = {
  verdict: 'altered',
  score: 0.923,
  source: { title: 'Harbour Board press conference', url: 'https://example.org/transcript' },
  passage: 'We have ordered two new vessels',
  quoteOnly: ['three'],
  sourceOnly: ['two'],
  usedAsEvidence: true,
};

/** The hostile fixture with a source check on its first claim (verified) and none elsewhere. */
function withCheck(check: ReportSourceCheck): ReportData {
  const data = hostileReport();
  const [first, ...rest] = data.claims;
  return { ...data, claims: [{ ...first!, status: 'verified', sourceCheck: check }, ...rest.map((c) => ({ ...c, sourceCheck: null }))] };
}

describe('the source check in reports', () => {
  it('says the verdict, the source and the differing words', () => {
    expect(reportText('en').sourceCheckLine(ALTERED)).toBe(
      'altered (score 0.92) in Harbour Board press conference <https://example.org/transcript>; only in the quote: three; only in the source: two; source passage used as evidence',
    );
    expect(reportText('en').sourceCheckLine({ ...ALTERED, verdict: null, score: null, quoteOnly: [], sourceOnly: [] })).toBe(
      'passage linked by hand (other language) in Harbour Board press conference <https://example.org/transcript>',
    );
    expect(reportText('en').sourceCheckLine(null)).toBeNull();
    expect(reportText('id').sourceCheckLine(ALTERED)).toBe(
      'diubah (skor 0,92) di Harbour Board press conference <https://example.org/transcript>; hanya di kutipan: three; hanya di sumber: two; bagian sumber dipakai sebagai bukti',
    );
  });

  it('appears in Markdown and CSV for the claim that has one', () => {
    const data = withCheck(ALTERED);
    expect(renderMarkdown(data, 'en')).toContain(
      '- **Source check:** altered (score 0.92) in Harbour Board press conference; only in the quote: three; only in the source: two; source passage used as evidence — [Harbour Board press conference](https://example.org/transcript)',
    );
    const rows: string[][] = parse(renderCsv(data, 'en'), { bom: true });
    const col = rows[0]!.indexOf('Source check');
    const byId = new Map(rows.slice(1).map((r) => [r[1], r[col]]));
    expect(byId.get(String(data.claims[0]!.id))).toContain('only in the quote: three');
    expect(byId.get(String(data.claims[1]!.id))).toBe('');
  });

  it('is in the JSON report and valid against the schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(renderJson(withCheck(ALTERED), 'en'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const first = doc.claims.find((c: { id: number }) => c.id === withCheck(ALTERED).claims[0]!.id);
    expect(first.sourceCheck).toEqual(ALTERED);
  });

  it('makes ClaimReview cite the source as the basis when its passage was used as evidence', () => {
    const text = withCheck(ALTERED).claims[0]!.text;
    const reviewOf = (data: ReportData) => (JSON.parse(renderClaimReview(data, 'en'))['@graph'] as Record<string, unknown>[]).find((n) => n.claimReviewed === text)!;
    expect(reviewOf(withCheck(ALTERED)).isBasedOn).toEqual({ '@type': 'CreativeWork', name: 'Harbour Board press conference', url: 'https://example.org/transcript' });
    expect(reviewOf(withCheck({ ...ALTERED, usedAsEvidence: false })).isBasedOn).toBeUndefined();
  });
});
