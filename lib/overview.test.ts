import { describe, expect, it } from 'vitest';
import { fillDays, lastDays, statusSegments } from './overview';

describe('lastDays and fillDays', () => {
  it('lists the last n UTC days oldest first, across a month end', () => {
    expect(lastDays(new Date('2026-12-02T23:59:00Z'), 4)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
  it('puts zero on days without reviews and ignores days outside the window', () => {
    const days = ['2026-11-29', '2026-11-30', '2026-12-01'];
    expect(fillDays([{ day: '2026-11-30', count: 5 }, { day: '2026-10-01', count: 9 }], days)).toEqual([
      { day: '2026-11-29', count: 0 },
      { day: '2026-11-30', count: 5 },
      { day: '2026-12-01', count: 0 },
    ]);
  });
});

describe('statusSegments', () => {
  it('splits the width by share, in order, with segments that meet exactly', () => {
    const segments = statusSegments({ verified: 1, disputed: 1, needs_source: 0, unreviewed: 1 }, 100);
    expect(segments.map((s) => s.status)).toEqual(['verified', 'disputed', 'unreviewed']);
    expect(segments.map((s) => [s.x, s.width])).toEqual([
      [0, 33],
      [33, 34],
      [67, 33],
    ]);
  });
  it('draws nothing for an article without claims', () => {
    expect(statusSegments({ verified: 0, disputed: 0, needs_source: 0, unreviewed: 0 }, 100)).toEqual([]);
  });
});
