import { describe, expect, it } from 'vitest';
import { outOfOrder, reanchor, sentenceAround, similarity, tidySpan, type Selector } from './reanchor';
import { selectorFor } from './text';

function selectorOf(text: string, quote: string, from = 0): Selector {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return { quote, start, end, ...selectorFor(text, start, end) };
}

const OLD = [
  'The council of Port Alder met on Monday evening.',
  '“We will open the bridge in May,” said Mayor Jane Holloway.',
  'Traders were less sure. “Nobody has told us anything about parking,” said grocer Omar Reyes.',
  '“The budget is final,” Holloway added.',
].join('\n\n');

describe('reanchor', () => {
  it('finds an unchanged quote at its new offset after text above it grew', () => {
    const sel = selectorOf(OLD, 'We will open the bridge in May,');
    const next = `Breaking update.\n\n${OLD}`;
    const r = reanchor(next, sel);
    expect(r.state).toBe('unchanged');
    expect(next.slice(r.start, r.end)).toBe(sel.quote);
  });

  it('calls an exact quote in new surroundings moved', () => {
    const sel = selectorOf(OLD, 'The budget is final,');
    const next = ['“The budget is final,” Holloway added.', 'The council of Port Alder met on Monday evening.', 'Other news.'].join('\n\n');
    const r = reanchor(next, sel);
    expect(r.state).toBe('moved');
    expect(next.slice(r.start, r.end)).toBe(sel.quote);
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const text = 'He said “yes,” at noon. Later she said “yes,” at night.';
    const sel = selectorOf(text, 'yes,', text.indexOf('she'));
    const r = reanchor(`Intro. ${text}`, sel);
    expect(r.state).toBe('unchanged');
    expect(r.start).toBe(sel.start + 'Intro. '.length);
  });

  it('finds a reworded quote as changed, whole between its quotation marks', () => {
    const sel = selectorOf(OLD, 'We will open the bridge in May,');
    const next = OLD.replace('We will open the bridge in May,', 'We will probably open the new bridge in June,');
    const r = reanchor(next, sel);
    expect(r.state).toBe('changed');
    expect(r.quote).toBe('We will probably open the new bridge in June,');
    expect(next.slice(r.start, r.end)).toBe(r.quote);
  });

  it('finds a reworded quote whose context also changed, by its surviving words', () => {
    const sel = selectorOf(OLD, 'Nobody has told us anything about parking,');
    const next = 'A new first paragraph.\n\nGrocer Omar Reyes complained: “Nobody has told us anything at all about parking.” He left.';
    const r = reanchor(next, sel);
    expect(r.state).toBe('changed');
    expect(r.quote).toBe('Nobody has told us anything at all about parking.');
  });

  it('reports a removed quote as missing, with an empty span', () => {
    const sel = selectorOf(OLD, 'Nobody has told us anything about parking,');
    const next = OLD.replace('Traders were less sure. “Nobody has told us anything about parking,” said grocer Omar Reyes.', 'Traders were less sure.');
    const r = reanchor(next, sel);
    expect(r.state).toBe('missing');
    expect(r.end).toBe(r.start);
    expect(r.start).toBeLessThanOrEqual(next.length);
  });

  it('does not mistake a different sentence with shared words for the quote', () => {
    const sel = selectorOf(OLD, 'We will open the bridge in May,');
    const next = 'The council of Port Alder met on Monday evening.\n\nThe bridge was discussed at length, and a vote is due in May.';
    expect(reanchor(next, sel).state).toBe('missing');
  });

  // Its speed belongs to the benchmarks; this checks the answer on a text full of near-matches.
  it('answers missing on a large text with many repeats of the context', () => {
    const big = 'said the mayor. '.repeat(50_000);
    const sel: Selector = { quote: 'a quote that is nowhere to be found at all', prefix: 'said the mayor. ', suffix: ' said the', start: 10, end: 52 };
    expect(reanchor(big, sel).state).toBe('missing');
  });
});

describe('similarity', () => {
  it('is 1 for equal text (ignoring case and spacing) and lower for edits', () => {
    expect(similarity('We will  open', 'we will open')).toBe(1);
    expect(similarity('We will open the bridge in May', 'We will open the bridge in June')).toBeGreaterThan(0.8);
    expect(similarity('We will open the bridge in May', 'Parking is a problem for traders')).toBeLessThan(0.3);
  });
});

describe('outOfOrder', () => {
  it('names the claims that left the reading order', () => {
    expect([...outOfOrder([10, 20, 30, 40])]).toEqual([]);
    expect([...outOfOrder([10, 20, 5, 30])]).toEqual([2]);
    expect([...outOfOrder([50, 10, 20, 30])]).toEqual([0]);
  });
});

describe('tidySpan and sentenceAround', () => {
  const text = 'Intro. “We will open the bridge in May,” said Mayor Jane Holloway. Next.';
  it('leaves out spaces and quotation marks at the edges of a selection', () => {
    const s = text.indexOf('“') - 1;
    const e = text.indexOf('”') + 1;
    const r = tidySpan(text, s, e)!;
    expect(text.slice(r.start, r.end)).toBe('We will open the bridge in May,');
    expect(tidySpan(text, s, s + 2)).toBeNull();
  });
  it('returns the sentence around a span', () => {
    const at = text.indexOf('open');
    expect(sentenceAround(text, at, at + 4)).toBe('“We will open the bridge in May,” said Mayor Jane Holloway.');
  });
});

describe('reanchor on a paragraph moved elsewhere', () => {
  it('calls a quote whose paragraph moved up "moved", even though the text after it is the same', () => {
    const v1 = [
      'The ferry timetable changes next month, the operator said on Tuesday.',
      '“We will add a late sailing on Fridays,” said operations chief Marta Lindqvist.',
      'Passengers gave the plan a mixed welcome.',
      '“The old boats are simply too slow for this route,” said engineer Hannah Brooks.',
      'The end.',
    ];
    const old = v1.join('\n\n');
    const sel = selectorOf(old, 'The old boats are simply too slow for this route,');
    const next = [v1[0], v1[3], v1[1], v1[2], v1[4]].join('\n\n');
    expect(reanchor(next, sel).state).toBe('moved');
    const lind = reanchor(next.replace('a late sailing on Fridays', 'two late sailings on Fridays and Saturdays'), selectorOf(old, 'We will add a late sailing on Fridays,'));
    expect(lind.state).toBe('changed');
    expect(lind.quote).toBe('We will add two late sailings on Fridays and Saturdays,');
  });
});
