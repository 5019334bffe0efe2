import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { unifyRoles } from './roles';
import type { ExtractedClaim } from './types';

const claim = (speaker: string | null, speakerRole: string | null) => ({ speaker, speakerRole }) as ExtractedClaim;

describe('one role per speaker across an article', () => {
  it('shows the role read at one claim on the same speaker’s other claims', () => {
    const text = '“We have bent over backwards,” said Priya Nandakumar, the rail operator’s chief executive.\n\n“There is no more money,” she said.';
    const claims = extractClaims(text, 'en').filter((c) => c.kind === 'direct');
    expect(claims.map((c) => [c.speaker, c.speakerRole])).toEqual([
      ['Priya Nandakumar', 'the rail operator’s chief executive'],
      ['Priya Nandakumar', 'the rail operator’s chief executive'],
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
