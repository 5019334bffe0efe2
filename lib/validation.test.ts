// Every schema of a stored text field refuses every kind of bad character with a message naming
// it, and still accepts ordinary text (including non-Latin scripts and emoji).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { keyed } from './i18n/keyed';
import { renderServerText } from './i18n/server-text';
import { emailSchema, evidenceTitleSchema, evidenceUrlSchema, nameSchema, noteSchema, storedText, textProblem } from './validation';
import { articleTitleSchema, articleUrlSchema, importArticleSchema, renameSpeakerSchema, speakerNameSchema, addClaimSchema } from './validation-articles';

/** Each kind of input the rule refuses, placed inside otherwise valid text. */
const BAD_CHARACTERS: readonly { kind: string; char: string; multilineOk?: boolean }[] = [
  { kind: 'NUL', char: '\u0000' },
  { kind: 'bell', char: '\u0007' },
  { kind: 'backspace', char: '\u0008' },
  { kind: 'vertical tab', char: '\u000b' },
  { kind: 'form feed', char: '\u000c' },
  { kind: 'escape', char: '\u001b' },
  { kind: 'unit separator', char: '\u001f' },
  { kind: 'DEL', char: '\u007f' },
  { kind: 'C1 control', char: '\u0085' },
  { kind: 'lone high surrogate', char: '\ud83d' },
  { kind: 'lone low surrogate', char: '\ude00' },
  { kind: 'tab', char: '\t', multilineOk: true },
  { kind: 'line feed', char: '\n', multilineOk: true },
  { kind: 'carriage return', char: '\r', multilineOk: true },
];

type Field = { name: string; schema: z.ZodType; valid: string; multiline?: boolean; max: number };

const FIELDS: readonly Field[] = [
  { name: 'user or token name', schema: nameSchema, valid: 'Ed Itor', max: 100 },
  { name: 'email', schema: emailSchema, valid: 'ed@example.org', max: 254 },
  { name: 'note', schema: noteSchema, valid: 'Checked with the ministry.', multiline: true, max: 5000 },
  { name: 'evidence URL', schema: evidenceUrlSchema, valid: 'https://example.org/report', max: 2000 },
  { name: 'evidence title', schema: evidenceTitleSchema, valid: 'Ministry report', max: 300 },
  { name: 'article title', schema: articleTitleSchema, valid: 'Putin visits Pyongyang', max: 300 },
  { name: 'article URL', schema: articleUrlSchema, valid: 'https://example.org/story', max: 2000 },
  { name: 'speaker name', schema: speakerNameSchema, valid: 'Vladimir Putin', max: 200 },
];

/** Where a bad character goes: the start, the middle and the end of the value. */
function placements(valid: string, char: string): string[] {
  const mid = Math.floor(valid.length / 2);
  return [char + valid, valid.slice(0, mid) + char + valid.slice(mid), valid + char];
}

describe.each(FIELDS)('$name', (field) => {
  it('accepts ordinary text', () => {
    expect(field.schema.safeParse(field.valid).success).toBe(true);
  });

  it.each(BAD_CHARACTERS)('refuses $kind anywhere in the value, with a message that says what is wrong', ({ char, kind, multilineOk }) => {
    for (const value of placements(field.valid, char)) {
      const result = field.schema.safeParse(value);
      // Checked before trimming: even a tab or line break at the end of a single-line field is refused.
      if (field.multiline && multilineOk) {
        expect(result.success, `${kind} in ${JSON.stringify(value)}`).toBe(true);
        continue;
      }
      expect(result.success, `${kind} in ${JSON.stringify(value)}`).toBe(false);
      if (!result.success) expect(renderServerText(result.error.issues[0]!.message, 'en')).toMatch(/control character|broken character|link|email/i);
    }
  });

  it('refuses oversize values', () => {
    const long = field.name.includes('URL') ? `https://example.org/${'a'.repeat(field.max)}` : field.name === 'email' ? `${'a'.repeat(field.max)}@example.org` : 'a'.repeat(field.max + 1);
    expect(field.schema.safeParse(long).success).toBe(false);
  });
});

describe('storedText', () => {
  it('keeps non-Latin text, combining marks and emoji (surrogate pairs) intact', () => {
    const schema = storedText({ label: 'Title', max: 100 });
    for (const text of ['Pertemuan di Pyongyang', 'Переговоры', '会谈', 'e\u0301te\u0301', 'Hasil 👍🏽 rapat', '\u202Eevil\u202C']) {
      expect(schema.parse(` ${text} `)).toBe(text);
    }
  });

  it('names the character and its position', () => {
    const nul = textProblem('https://example.org/\u0000x', { label: keyed('server.fields.url'), max: 2000 })!;
    expect(renderServerText(nul, 'en')).toBe('URL must not contain control characters: found NUL (U+0000) at position 21.');
    expect(renderServerText(nul, 'id')).toBe('URL tidak boleh berisi karakter kontrol: ditemukan NUL (U+0000) pada posisi 21.');
    const tab = textProblem('a\tb', { label: keyed('server.fields.title'), max: 10 })!;
    expect(renderServerText(tab, 'en')).toBe('Title must not contain control characters: found tab (U+0009) at position 2.');
    const surrogate = textProblem('ab\ud800', { label: keyed('server.fields.note'), max: 10, multiline: true })!;
    expect(renderServerText(surrogate, 'en')).toMatch(/^Note contains a broken character \(a lone UTF-16 surrogate\) at position 3\.$/);
    expect(renderServerText(surrogate, 'id')).toMatch(/^Catatan berisi karakter rusak/);
    // Numbers are written the reader's way: 5,000 in English, 5.000 in Indonesian.
    const long = textProblem('x'.repeat(5001), { label: keyed('server.fields.note'), max: 5000, multiline: true })!;
    expect(renderServerText(long, 'en')).toBe('Note must be at most 5,000 characters.');
    expect(renderServerText(long, 'id')).toBe('Catatan paling banyak 5.000 karakter.');
  });

  it('refuses a NUL before an evidence link rather than trimming it away (issue 10 case)', () => {
    expect(evidenceUrlSchema.safeParse('\u0000https://example.org/').success).toBe(false);
    expect(evidenceUrlSchema.safeParse('https://example.org/\u0000x').success).toBe(false);
  });
});

describe('composite schemas use the rule for every text part', () => {
  it('article import metadata', () => {
    expect(importArticleSchema.safeParse({ title: 'A\u0000', text: 'x' }).success).toBe(false);
    expect(importArticleSchema.safeParse({ outlet: 'BBC\u001b[31m', text: 'x' }).success).toBe(false);
    expect(importArticleSchema.safeParse({ title: 'Fine', outlet: 'BBC', text: 'x' }).success).toBe(true);
  });

  it('speaker rename and role, and the speaker of an added claim', () => {
    expect(renameSpeakerSchema.safeParse({ speakerId: 1, name: 'Putin', role: 'President\u0007' }).success).toBe(false);
    expect(renameSpeakerSchema.safeParse({ speakerId: 1, name: 'Put\u0000in' }).success).toBe(false);
    expect(addClaimSchema.safeParse({ articleId: 1, start: 0, end: 5, kind: 'direct', speaker: 'A\ud800' }).success).toBe(false);
    expect(addClaimSchema.safeParse({ articleId: 1, start: 0, end: 5, kind: 'direct', speaker: 'Putin' }).success).toBe(true);
  });
});
