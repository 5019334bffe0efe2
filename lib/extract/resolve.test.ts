import { describe, expect, it } from 'vitest';
import { History, type Resolved } from './resolve';

const named = (speaker: string): Resolved => ({ speaker, type: 'person', role: null, entity: null, named: true });

describe('History.recent', () => {
  it('lists the most recent distinct named speakers, newest first', () => {
    const h = new History();
    for (const s of ['Ann Lee', 'Bo Kim', 'Ann Lee', 'Cy Roe', 'Cy Roe']) h.push(named(s));
    expect(h.recent(3).map((r) => r.speaker)).toEqual(['Cy Roe', 'Ann Lee', 'Bo Kim']);
    expect(h.recent(1).map((r) => r.speaker)).toEqual(['Cy Roe']);
  });

  it('ignores unnamed sources (pronouns, descriptions)', () => {
    const h = new History();
    h.push(named('Ann Lee'));
    h.push({ speaker: 'a senior official', type: null, role: null, entity: null, named: false });
    expect(h.recent(3).map((r) => r.speaker)).toEqual(['Ann Lee']);
  });

  it('looks back a bounded number of attributions, so a long run of one speaker stays cheap', () => {
    const h = new History();
    h.push(named('Bo Kim'));
    for (let i = 0; i < 50; i++) h.push(named('Ann Lee'));
    expect(h.recent(3).map((r) => r.speaker)).toEqual(['Ann Lee']);
  });
});
