import { describe, expect, it } from 'vitest';
import { bestOf, classify, indexSource, matchQuote, type MatchVerdict } from './match';
import { quoteKey, sentenceSpans, wordTokens } from './words';
import { TRANSCRIPT_EN, TRANSCRIPT_ID } from './fixtures/transcript';

const en = indexSource(TRANSCRIPT_EN);
const id = indexSource(TRANSCRIPT_ID);

type Case = { name: string; quote: string; verdicts: MatchVerdict[]; quoteOnly?: string[]; sourceOnly?: string[] };

/** Quotes written from the transcript with known edits, and what the desk must say about each. */
const CASES: Case[] = [
  // Unchanged: exact.
  { name: 'unchanged sentence', quote: 'That is not acceptable, and I will not defend it.', verdicts: ['exact'] },
  { name: 'unchanged across a sentence break', quote: 'Every crew member keeps a job. Some will train on the new vessels', verdicts: ['exact'] },
  { name: 'truncated (first half of a sentence)', quote: 'Last winter the ferry service failed the people of Port Wren', verdicts: ['exact'] },
  { name: 'truncated (end of a sentence)', quote: 'so that nobody has to take our word for it', verdicts: ['exact'] },
  // Typographic only: exact or close.
  { name: 'curly apostrophe and em dash', quote: 'It is tight — I will admit that', verdicts: ['exact', 'close'] },
  { name: 'casing, line break and extra spaces', quote: 'the VESSELS are paid for\n by   the regional grant', verdicts: ['exact', 'close'] },
  { name: 'typographic quotes inside', quote: 'you will hear it from me first, not from the “rumour mill”', verdicts: ['exact', 'close'] },
  { name: 'hyphen written as a space', quote: 'the ferry service failed the people of Port Wren on thirty one days', verdicts: ['exact', 'close'] },
  // A content word changed: close or altered, with the words shown.
  { name: 'number word swapped', quote: 'We have ordered three new vessels, and the first will arrive in September', verdicts: ['altered'], quoteOnly: ['three'], sourceOnly: ['two'] },
  { name: 'number written in digits', quote: 'We have ordered 2 new vessels, and the first will arrive in September', verdicts: ['close'], quoteOnly: ['2'], sourceOnly: ['two'] },
  { name: 'word swapped', quote: 'Every crew member keeps their job.', verdicts: ['close', 'altered'], quoteOnly: ['their'], sourceOnly: ['a'] },
  { name: 'year changed at the end', quote: 'Fares will stay at the current level until at least 2028', verdicts: ['altered'], quoteOnly: ['2028'], sourceOnly: ['2027'] },
  { name: 'negation dropped', quote: 'That is acceptable, and I will not defend it.', verdicts: ['altered'], sourceOnly: ['not'] },
  { name: 'negation inserted', quote: 'We spoke with the union on Monday and they do not support the plan.', verdicts: ['altered'], quoteOnly: ['do', 'not'] },
  { name: 'words dropped', quote: 'the ferry service failed Port Wren on thirty-one days', verdicts: ['close', 'altered'], sourceOnly: ['the', 'people', 'of'] },
  { name: 'words inserted', quote: 'The board has also secretly agreed to publish the delay figures every single month', verdicts: ['close', 'altered'], quoteOnly: ['secretly', 'single'] },
  { name: 'several words changed', quote: 'The shipyard told us the hull is done and the engines are fitted now', verdicts: ['altered'] },
  // Reordered and stitched: the passage(s) are found, and the quote is not exact.
  { name: 'reordered clauses', quote: 'the first will arrive in September, and we have ordered two new vessels', verdicts: ['altered'] },
  {
    name: 'stitched from two passages',
    quote: 'The ferry service failed the people of Port Wren. Fares will stay at the current level until at least 2027.',
    verdicts: ['altered'],
  },
  // Absent: not_found.
  { name: 'absent quote', quote: 'We will build a new terminal next year for the passengers', verdicts: ['not_found'] },
  { name: 'absent quote sharing common words', quote: 'The board will not publish anything about the ferries this year', verdicts: ['not_found'] },
  { name: 'empty quote', quote: '…', verdicts: ['not_found'] },
];

describe('matching quotes against a transcript with known edits', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.verdicts.join(' or ')}`, () => {
      const m = matchQuote(en, c.quote);
      expect(c.verdicts).toContain(m.verdict);
      if (c.quoteOnly) expect(m.quoteOnly).toEqual(expect.arrayContaining(c.quoteOnly));
      if (c.sourceOnly) expect(m.sourceOnly).toEqual(expect.arrayContaining(c.sourceOnly));
      if (m.verdict === 'exact') expect(m.quoteOnly).toEqual([]);
      if (m.verdict !== 'exact' && m.verdict !== 'not_found') expect(m.quoteOnly.length + m.sourceOnly.length + (m.stitched ? 1 : 0)).toBeGreaterThan(0);
    });
  }

  it('anchors the passage at its offsets in the stored source text', () => {
    const m = matchQuote(en, 'the first will arrive in September');
    const p = m.passages[0]!;
    expect(TRANSCRIPT_EN.slice(p.start, p.end)).toBe('the first will arrive in September');
    expect(p.text).toBe('the first will arrive in September');
    expect(m.score).toBe(1);
  });

  it('shows the sentences before and after the passage', () => {
    const m = matchQuote(en, 'Every crew member keeps a job.');
    expect(m.context.before).toContain('What happens to the crews of the old ferries?');
    expect(m.context.after).toBe('Some will train on the new vessels; others will move to the pilot boats.');
  });

  it('finds both passages of a stitched quote, in the order the quote uses them', () => {
    const m = matchQuote(en, 'Fares will stay at the current level until at least 2027. Every crew member keeps a job.');
    expect(m.stitched).toBe(true);
    expect(m.passages.map((p) => p.text)).toEqual(['Fares will stay at the current level until at least 2027', 'Every crew member keeps a job']);
  });

  it('reads the diff in order as the source passage turned into the quote', () => {
    const m = matchQuote(en, 'Every crew member keeps their job');
    expect(m.diff).toEqual([
      { op: 'equal', text: 'Every crew member keeps' },
      { op: 'delete', text: 'a' },
      { op: 'insert', text: 'their' },
      { op: 'equal', text: 'job' },
    ]);
    expect(m.differingWords).toBe(1);
  });

  it('matches Indonesian quotes, including a dropped negation', () => {
    expect(matchQuote(id, 'Kapal dibiayai oleh hibah daerah, bukan oleh penumpang.').verdict).toBe('exact');
    const dropped = matchQuote(id, 'Itu bisa diterima, dan saya tidak akan membelanya');
    expect(dropped.verdict).toBe('altered');
    expect(dropped.sourceOnly).toEqual(['tidak']);
  });

  it('does not pretend to match across languages', () => {
    expect(matchQuote(en, 'Tarif tetap pada tingkat sekarang setidaknya sampai 2027').verdict).toBe('not_found');
  });
});

describe('the verdict rule', () => {
  it('allows at most two minor differing words for close, fewer in short quotes', () => {
    expect(classify({ differingWords: 0, quoteWords: 10, stitched: false, minor: true })).toBe('exact');
    expect(classify({ differingWords: 2, quoteWords: 10, stitched: false, minor: true })).toBe('close');
    expect(classify({ differingWords: 3, quoteWords: 30, stitched: false, minor: true })).toBe('altered');
    expect(classify({ differingWords: 2, quoteWords: 6, stitched: false, minor: true })).toBe('altered');
    expect(classify({ differingWords: 1, quoteWords: 10, stitched: false, minor: false })).toBe('altered');
    expect(classify({ differingWords: 0, quoteWords: 10, stitched: true, minor: true })).toBe('altered');
  });

  it('prefers the best verdict, then the best score, among several sources', () => {
    expect(bestOf([{ verdict: 'altered', score: 0.9 }, { verdict: 'exact', score: 1 }, { verdict: 'close', score: 0.95 }])?.verdict).toBe('exact');
    expect(bestOf([{ verdict: 'close', score: 0.8 }, { verdict: 'close', score: 0.9 }])?.score).toBe(0.9);
    expect(bestOf([])).toBeNull();
  });
});

describe('normalised words', () => {
  it('ignore punctuation, case, accents, apostrophe style and digit separators', () => {
    expect(quoteKey('“Café’s   NEW—plan”, 1,000 times')).toBe(quoteKey("cafe's new plan 1000 times"));
    expect(wordTokens('a  b').map((t) => [t.start, t.end])).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it('split sentences at terminal punctuation and line breaks', () => {
    const text = 'One. Two? “Three!” Four\nFive';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?', '“Three!”', 'Four', 'Five']);
  });
});
