import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../lib/extract';
import { goldHead, goldReadInText, speakerCorrect } from './scoring';

function said(speaker: string | null, role: string | null = null): ExtractedClaim {
  return {
    kind: 'direct', start: 0, end: 1, text: 'x', speaker, speakerMention: null, speakerRole: role, cue: null,
    sentence: { start: 0, end: 1 }, confidence: 1, speakerType: null, speakerKind: null, speakerConfidence: null,
  } as ExtractedClaim;
}

describe('speaker matching (npm run eval)', () => {
  it('accepts the same person named with a title, a surname or a suffix', () => {
    expect(speakerCorrect(said('Leonard Burman'), 'Mr. Burman')).toBe(true);
    expect(speakerCorrect(said('Harry B. Harris Jr.'), 'Admiral Harris')).toBe(true);
    expect(speakerCorrect(said('Vikram Amar'), 'Dean Amar')).toBe(true);
    expect(speakerCorrect(said('Ted Cruz'), 'Cruz himself')).toBe(true);
  });

  it('tries the gold name without an age or an "of" phrase', () => {
    expect(speakerCorrect(said('Norbert Leo Butz'), 'Butz, 49')).toBe(true);
    expect(speakerCorrect(said('David Nevins'), 'Mr. Nevins of Showtime')).toBe(true);
    expect(goldHead('Secretary of State John Kerry')).toBeNull();
    expect(speakerCorrect(said('John Kerry'), 'Secretary of State John Kerry')).toBe(true);
  });

  it('accepts a gold description when the prediction gives exactly that description as the role of its person', () => {
    expect(speakerCorrect(said('Arif Wibowo', 'politisi senior Partai Harapan'), 'politisi senior Partai Harapan')).toBe(true);
    expect(speakerCorrect(said('Ana Ruiz', 'a leading court advocate'), 'another leading court advocate')).toBe(false);
    // a longer role that only contains the description is another reading
    expect(speakerCorrect(said('Omar Reyes', 'a farmer who has been endorsed by the teachers union'), 'the teachers union')).toBe(false);
    expect(speakerCorrect(said('Arif Wibowo', null), 'politisi senior Partai Harapan')).toBe(false);
  });

  it('accepts the same words even when they are only a title', () => {
    expect(speakerCorrect(said('the senator'), 'the senator')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(speakerCorrect(said('Milton Berg'), 'Rachel Berg')).toBe(false);
    expect(speakerCorrect(said('Bill Clinton'), 'Hillary Clinton')).toBe(false);
    expect(speakerCorrect(said('Kim Jong Il'), 'Kim Jong Un')).toBe(false);
    // a title word that is also a surname is the name when nothing follows it
    expect(speakerCorrect(said('Howard Dean'), 'Dean')).toBe(true);
    expect(speakerCorrect(said('Vikram Amar'), 'Dean')).toBe(false);
    expect(speakerCorrect(said('Jeff Weaver'), 'Weaver of the campaign, 52')).toBe(true);
    expect(speakerCorrect(said('Norbert Leo Butz'), 'Smith, 49')).toBe(false);
  });
});

describe('gold speakers read in the text', () => {
  const q = { start: 0, end: 1, text: 'x', speaker: 'Dale Rennick' };
  it('leave out speakers a corpus rule filled in: copied from the previous quotation, or a resolved pronoun', () => {
    expect(goldReadInText(q)).toBe(true);
    expect(goldReadInText({ ...q, speakerDerivation: 'CUE-nya->previous statement' })).toBe(false);
    expect(goldReadInText({ ...q, speakerMention: 'he', speakerResolved: 'pronoun' })).toBe(false);
    expect(goldReadInText({ ...q, speakerDerivation: 'CUE->PERSON' })).toBe(true);
  });
});
