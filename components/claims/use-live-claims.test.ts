import { describe, it, expect } from 'vitest';
import { diffVersions } from './use-live-claims';

describe('diffVersions', () => {
  const known = new Map([
    [1, 3],
    [2, 1],
    [3, 5],
  ]);

  it('fetches edited and newly added claims, and drops claims hidden elsewhere', () => {
    const result = diffVersions(known, [
      { id: 1, version: 4, hidden: false }, // edited by someone else
      { id: 2, version: 1, hidden: false }, // unchanged
      { id: 3, version: 6, hidden: true }, // marked "Not a claim" or merged away
      { id: 4, version: 1, hidden: false }, // added by someone else
      { id: 5, version: 2, hidden: true }, // hidden before this page loaded: nothing to do
    ]);
    expect(result).toEqual({ fetchIds: [1, 4], removedIds: [3] });
  });

  it('reports nothing when the page is current', () => {
    expect(diffVersions(known, [...known].map(([id, version]) => ({ id, version, hidden: false })))).toEqual({
      fetchIds: [],
      removedIds: [],
    });
  });
});
