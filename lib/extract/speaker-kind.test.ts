import { describe, expect, it } from 'vitest';
import { extractClaims, speakerKind } from './index';
import { sourceKind } from './kind';

describe('speakerKind', () => {
  it('tells people from organisations', () => {
    expect(speakerKind('Kremlin')).toBe('organization');
    expect(speakerKind('Gedung Putih')).toBe('organization');
    expect(speakerKind('Kementerian Kesehatan')).toBe('organization');
    expect(speakerKind('Amerika Serikat')).toBe('organization');
    expect(speakerKind('KPK')).toBe('organization');
    expect(speakerKind('Rina Wulandari')).toBe('person');
    expect(speakerKind(null)).toBeNull();
  });

  it('calls a report or survey a document, also when its determiner opens the sentence', () => {
    expect(sourceKind('the report', null)).toBe('document');
    expect(sourceKind('The survey', 'person')).toBe('document');
    expect(sourceKind('laporan tersebut', null)).toBe('document');
    expect(sourceKind('The Times', 'organization')).toBe('organization');
  });

  it('calls a description whose head noun is a role a person, whatever organisation words come before it', () => {
    expect(sourceKind('a Clinton campaign spokesman', null)).toBe('person');
    expect(sourceKind('the party chairman', null)).toBe('person');
    expect(sourceKind('the campaign', null)).toBe('organization');
  });
});

describe('transcripts and signatures', () => {
  it('reads a speaker label at the start of a quoted transcript line', () => {
    const text = 'The host pressed the candidate.\n\n"HOLMES: Will you release the report?"\n\n"VANCE: We will, next week."';
    const claims = extractClaims(text, 'en').filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['HOLMES', 'VANCE']);
  });

  it('reads a dash signature after a quotation', () => {
    const text = 'Readers wrote in.\n\n“The bus never comes on time.” ― Lena Okafor\n\n“Fix the lights first.” ― Omar Haddad';
    const claims = extractClaims(text, 'en').filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['Lena Okafor', 'Omar Haddad']);
  });

  it('keeps he/she away from a person of the other gender', () => {
    const text = 'Mary Collins met John Park on Monday. Mary Collins left early.\n\n"We agreed on nothing," he said.';
    const [c] = extractClaims(text, 'en').filter((x) => x.kind === 'direct');
    expect(c.speaker).toBe('John Park');
  });
});
