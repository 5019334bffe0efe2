import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { unifyRoles } from './roles';
import type { ExtractedClaim } from './types';

const claim = (speaker: string | null, speakerRole: string | null) => ({ speaker, speakerRole }) as ExtractedClaim;

describe('one role per speaker across an article', () => {
  it('shows the role read at one claim on the same speaker’s other claims', () => {
    const text = 'Transport minister Grace Obi urged both sides to return to the table. “Passengers are paying the price,” she said in a statement.';
    const claims = extractClaims(text, 'en');
    expect(claims.map((c) => [c.kind, c.speaker, c.speakerRole])).toEqual([
      ['indirect', 'Grace Obi', 'Transport minister'],
      ['direct', 'Grace Obi', 'Transport minister'],
    ]);
  });

  it('leaves roles alone when they disagree or look misread', () => {
    const two = [claim('Ana Ruiz', 'mayor'), claim('Ana Ruiz', 'former teacher'), claim('Ana Ruiz', null)];
    unifyRoles(two);
    expect(two.map((c) => c.speakerRole)).toEqual(['mayor', 'former teacher', null]);
    const dateline = [claim('Ana Ruiz', 'ASHFORD —'), claim('Ana Ruiz', null)];
    unifyRoles(dateline);
    expect(dateline[1].speakerRole).toBeNull();
    const other = [claim('Ana Ruiz', 'mayor'), claim('Omar Reyes', null)];
    unifyRoles(other);
    expect(other[1].speakerRole).toBeNull();
  });
});
