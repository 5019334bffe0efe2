import { describe, expect, it } from 'vitest';

import { hostileReport } from './fixtures';
import {
  UNKNOWN_SPEAKER,
  claimsInReadingOrder,
  isHttpUrl,
  reportText,
  isoDate,
  summarize,
} from './types';

describe('summarize', () => {
  it('counts claims per status and per speaker, unknown speakers grouped under one label', () => {
    const summary = summarize(hostileReport());
    expect(summary.total).toBe(4);
    expect(summary.byStatus).toEqual({ unreviewed: 1, verified: 1, disputed: 1, needs_source: 1 });
    expect(summary.bySpeaker.map((s) => s.speaker)).toContain(UNKNOWN_SPEAKER);
    const putin = summary.bySpeaker.find((s) => s.speaker === 'Vladimir Putin');
    expect(putin).toEqual({
      speaker: 'Vladimir Putin',
      total: 1,
      byStatus: { unreviewed: 0, verified: 1, disputed: 0, needs_source: 0 },
    });
  });

  it('orders speakers by claim count, then name', () => {
    const data = hostileReport();
    data.claims.push({ ...data.claims[0], id: 99, position: 9 });
    expect(summarize(data).bySpeaker[0].speaker).toBe('Vladimir Putin');
    expect(summarize(data).bySpeaker[0].total).toBe(2);
  });

  it('handles an article without claims', () => {
    const summary = summarize({ ...hostileReport(), claims: [] });
    expect(summary).toEqual({ total: 0, byStatus: { unreviewed: 0, verified: 0, disputed: 0, needs_source: 0 }, bySpeaker: [] });
  });
});

describe('shared helpers', () => {
  it('sorts claims into reading order without mutating the input', () => {
    const data = hostileReport();
    const before = data.claims.map((c) => c.position);
    expect(claimsInReadingOrder(data).map((c) => c.position)).toEqual([1, 2, 3, 4]);
    expect(data.claims.map((c) => c.position)).toEqual(before);
  });

  it('accepts only http(s) URLs as links', () => {
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    expect(isHttpUrl(' http://example.org ')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,<script>')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
    expect(isHttpUrl(null)).toBe(false);
  });

  it('formats dates and actions for people, leaving bad input visible', () => {
    const en = reportText('en');
    const id = reportText('id');
    expect(en.timestamp('2026-11-24T10:15:00.000Z')).toBe('Nov 24, 2026, 10:15 UTC');
    expect(id.timestamp('2026-11-24T10:15:00.000Z')).toBe('24 Nov 2026, 10.15 UTC');
    expect(en.timestamp('yesterday')).toBe('yesterday');
    expect(en.number(12345)).toBe('12,345');
    expect(id.number(12345)).toBe('12.345');
    expect(id.score(0.92)).toBe('0,92');
    expect(id.action('evidence_added')).toBe('Bukti ditambahkan');
    expect(id.action('some_future_action')).toBe('Some future action');
    expect(isoDate('2026-11-24T23:15:00-02:00')).toBe('2026-11-25');
    expect(isoDate('2024-06-19')).toBe('2024-06-19');
    expect(en.action('evidence_added')).toBe('Evidence added');
  });

  it('names history events as the claim history on screen does, and unknown ones in words', () => {
    // One message (common.event) for the screen and the reports, in both languages.
    expect(reportText('en').action('claim_hidden')).toBe('Marked "Not a claim"');
    expect(reportText('en').action('claims_merged')).toBe('Quotes merged');
    expect(reportText('id').action('claim_hidden')).toBe('Ditandai "Bukan klaim"');
    expect(reportText('en').action('not_a_claim')).toBe('Not a claim');
  });

  it('states the chain result plainly', () => {
    const en = reportText('en');
    expect(en.chainSentence({ intact: true, checked: 5, firstBadEventId: null })).toMatch(/^Intact: 5 history events/);
    expect(en.chainSentence({ intact: true, checked: 1, firstBadEventId: null })).toMatch(/^Intact: 1 history event checked/);
    expect(en.chainSentence({ intact: false, checked: 5, firstBadEventId: 3 })).toMatch(/^BROKEN: .*event #3/);
    expect(en.chainSentence({ intact: false, checked: 5, firstBadEventId: null })).toMatch(/unknown event/);
    expect(reportText('id').chainSentence({ intact: true, checked: 1200, firstBadEventId: null })).toBe(
      'Utuh: 1.200 peristiwa riwayat diperiksa, tidak ada yang diubah.',
    );
  });
});

describe('report wording helpers', () => {
  it('keeps a date-only published date as a date, with no invented time', async () => {
    expect(reportText('en').timestamp('2024-06-18')).toBe('June 18, 2024');
    expect(reportText('id').timestamp('2024-06-18')).toBe('18 Juni 2024');
    expect(reportText('en').timestamp('2024-06-18T09:30:00Z')).toBe('Jun 18, 2024, 09:30 UTC');
  });

  it('names the author of a report without empty brackets when there is no email', async () => {
    const { generatedByLine } = await import('./types');
    expect(generatedByLine({ name: 'Ed Itor', email: 'ed@example.org' })).toBe('Ed Itor (ed@example.org)');
    expect(generatedByLine({ name: 'root (command line)', email: '' })).toBe('root (command line)');
  });

  it('puts quotation marks around direct quotes only, not around paraphrases', async () => {
    const { quotedText } = await import('./types');
    expect(quotedText({ kind: 'direct', text: 'We will act' })).toBe('“We will act”');
    expect(quotedText({ kind: 'indirect', text: 'the minister said they would act' })).toBe('the minister said they would act');
  });
});

describe('signOffSentences', () => {
  const signed = { state: 'signed_off' as const, by: 'Eda Editor', at: '2026-11-29T10:00:00.000Z', chainHead: 'c'.repeat(64), reopened: null };

  it('says who signed off, when, and the history chain head', () => {
    const en = reportText('en');
    expect(en.signOffSentences(null)).toEqual(['Not signed off.']);
    expect(en.signOffSentences(signed)).toEqual([`Signed off by Eda Editor at Nov 29, 2026, 10:00 UTC, history chain ${'c'.repeat(64)}.`]);
    expect(reportText('id').signOffSentences(signed)).toEqual([`Disahkan oleh Eda Editor pada 29 Nov 2026, 10.00 UTC, rantai riwayat ${'c'.repeat(64)}.`]);
  });

  it('says a review was reopened, and why, whether it is open now or signed off again', () => {
    const reopened = { by: 'Ada Admin', at: '2026-11-30T08:00:00.000Z', reason: 'new transcript' };
    const en = reportText('en');
    expect(en.signOffSentences({ ...signed, state: 'reopened', reopened })).toEqual([
      `Previously signed off by Eda Editor at Nov 29, 2026, 10:00 UTC, history chain ${'c'.repeat(64)}.`,
      'Reopened by Ada Admin at Nov 30, 2026, 08:00 UTC, because: new transcript (open for changes).',
    ]);
    const again = { ...signed, at: '2026-11-30T09:00:00.000Z', reopened };
    expect(en.signOffSentences(again)).toEqual([
      'Reopened by Ada Admin at Nov 30, 2026, 08:00 UTC, because: new transcript.',
      `Signed off by Eda Editor at Nov 30, 2026, 09:00 UTC, history chain ${'c'.repeat(64)}.`,
    ]);
  });
});
