import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentBody, type Span } from './segments';

type C = Span & { id: number };

/** The former definition: for each stretch, the shortest claim covering it (stable by input order). */
function reference(body: string, claims: C[]) {
  const cuts = new Set<number>([0, body.length]);
  for (const c of claims) {
    cuts.add(Math.max(0, Math.min(c.start, body.length)));
    cuts.add(Math.max(0, Math.min(c.end, body.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...claims].sort((a, b) => a.end - a.start - (b.end - b.start));
  const out: { start: number; end: number; claim: C | null }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claim = bySize.find((c) => c.start <= start && c.end >= end) ?? null;
    const last = out[out.length - 1];
    if (last && last.claim === claim) last.end = end;
    else out.push({ start, end, claim });
  }
  return out;
}

describe('segmentBody', () => {
  it('gives a quote inside a reported claim to the quote, and the rest to the claim', () => {
    const body = 'He said that “we will win” soon.';
    const reported = { id: 1, start: body.indexOf('said'), end: body.indexOf(' soon') + ' soon'.length };
    const quote = { id: 2, start: body.indexOf('we'), end: body.indexOf('win') + 3 };
    const segs = segmentBody(body, [reported, quote]);
    expect(segs.map((s) => [body.slice(s.start, s.end), s.claim?.id ?? null])).toEqual([
      ['He ', null],
      ['said that “', 1],
      ['we will win', 2],
      ['” soon', 1],
      ['.', null],
    ]);
  });

  it('matches the shortest-covering-claim definition on any claims, overlapping or out of range', () => {
    const claim = fc.record({ start: fc.integer({ min: -5, max: 60 }), len: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 25 }), fc.integer({ min: 0, max: 60 }), (raw, size) => {
        const body = 'x'.repeat(size);
        const claims: C[] = raw.map((r, id) => ({ id, start: r.start, end: r.start + r.len }));
        const got = segmentBody(body, claims).map((s) => [s.start, s.end, s.claim?.id ?? null]);
        const want = reference(body, claims).map((s) => [s.start, s.end, s.claim?.id ?? null]);
        expect(got).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});
