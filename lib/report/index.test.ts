import { describe, expect, it } from 'vitest';

import { hostileReport } from './fixtures';
import { FORMATS, REPORT_FORMATS, isReportFormat, reportFilename } from './index';

describe('FORMATS', () => {
  it('renders every format from the same data', async () => {
    const data = hostileReport();
    for (const id of REPORT_FORMATS) {
      for (const locale of ['en', 'id'] as const) {
        const out = await FORMATS[id].render(data, locale);
        expect(out.length, id).toBeGreaterThan(100);
        expect(id === 'pdf' ? Buffer.isBuffer(out) : typeof out === 'string', id).toBe(true);
      }
    }
  });

  it('declares extensions and content types', () => {
    expect(Object.fromEntries(REPORT_FORMATS.map((id) => [id, FORMATS[id].ext]))).toEqual({
      markdown: 'md',
      csv: 'csv',
      json: 'json',
      pdf: 'pdf',
      claimreview: 'jsonld',
    });
    expect(FORMATS.csv.contentType).toMatch(/^text\/csv; charset=utf-8/);
    expect(FORMATS.claimreview.contentType).toMatch(/^application\/ld\+json/);
  });

  it('recognises format ids', () => {
    expect(isReportFormat('pdf')).toBe(true);
    expect(isReportFormat('toString')).toBe(false);
    expect(isReportFormat(undefined)).toBe(false);
  });
});

describe('reportFilename', () => {
  it('is <slug>-review-<yyyy-mm-dd>.<ext>', () => {
    expect(reportFilename('putin-kunjungi-pyongyang', '2026-11-25T18:00:00Z', 'pdf')).toBe(
      'putin-kunjungi-pyongyang-review-2026-11-25.pdf',
    );
    expect(reportFilename('a', new Date('2026-01-02T03:04:05Z'), 'md')).toBe('a-review-2026-01-02.md');
  });

  it('is safe in a Content-Disposition header whatever the slug', () => {
    expect(reportFilename('../Évian "x"\r\n;', '2026-11-25', 'csv')).toBe('evian-x-review-2026-11-25.csv');
    expect(reportFilename('', '2026-11-25', 'csv')).toBe('article-review-2026-11-25.csv');
    expect(reportFilename('x', 'not a date', 'csv')).toBe('x-review-undated.csv');
  });
});
