import { describe, expect, it } from 'vitest';
import { prepareArticle, storedSpeakerType } from './import';

describe('storedSpeakerType', () => {
  it("keeps the extractor's finer kind, so a document stays a document", () => {
    expect(storedSpeakerType({ speakerKind: 'document', speakerType: 'organization' })).toBe('document');
    expect(storedSpeakerType({ speakerKind: 'person', speakerType: 'person' })).toBe('person');
  });

  it('falls back to the schema.org type, then to unknown', () => {
    expect(storedSpeakerType({ speakerKind: null, speakerType: 'organization' })).toBe('organization');
    expect(storedSpeakerType({ speakerKind: undefined, speakerType: undefined })).toBeNull();
  });
});

describe('prepareArticle', () => {
  it('stores a report quoted as a source with the type document, and a named person as a person', () => {
    const body = [
      'The harbour board met on Tuesday to discuss the new ferry timetable.',
      '“The pier needs repairs before winter,” said Marta Kowalski, the harbour master.',
      'According to the report, “the old crane has not been inspected since 2019.”',
    ].join('\n\n');
    const prepared = prepareArticle({ body, title: 'Harbour', language: 'en' });
    const bySpeaker = new Map(prepared.items.map((c) => [c.quote, c.speaker]));
    expect(bySpeaker.get('The pier needs repairs before winter,')).toMatchObject({ name: 'Marta Kowalski', type: 'person' });
    const report = prepared.items.find((c) => c.quote.startsWith('the old crane'));
    expect(report?.speaker?.type).toBe('document');
    for (const c of prepared.items) expect(c.confidence).toBeGreaterThanOrEqual(0);
  });
});
