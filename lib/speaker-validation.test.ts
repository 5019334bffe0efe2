import { describe, expect, it } from 'vitest';
import { keyed } from './i18n/keyed';
import { renderServerText } from './i18n/server-text';
import { mergeSpeakersSchema, renameSpeakerSchema } from './validation-articles';

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  expect(result.success).toBe(false);
  return result.error!.issues[0]!.message;
}

describe('speaker corrections speak the reader’s language', () => {
  it('asks for a merge target in English and Indonesian', () => {
    const none = firstMessage(mergeSpeakersSchema.safeParse({ fromId: 3, intoId: '' }));
    expect(renderServerText(none, 'en')).toBe('Choose the speaker to merge into.');
    expect(renderServerText(none, 'id')).toBe('Pilih narasumber tujuan penggabungan.');
    const same = firstMessage(mergeSpeakersSchema.safeParse({ fromId: 3, intoId: '3' }));
    expect(renderServerText(same, 'en')).toBe('Choose a different speaker to merge into.');
    expect(renderServerText(same, 'id')).toBe('Pilih narasumber lain sebagai tujuan penggabungan.');
  });

  it('names the role field in the reader’s language', () => {
    const bell = firstMessage(renameSpeakerSchema.safeParse({ speakerId: 1, name: 'Putin', role: 'President\u0007' }));
    expect(renderServerText(bell, 'en')).toMatch(/^Role must not contain control characters/);
    expect(renderServerText(bell, 'id')).toMatch(/^Jabatan tidak boleh berisi karakter kontrol/);
  });

  it('takes a kind of source (document included), "not known" as null, and refuses anything else in the reader’s language', () => {
    expect(renameSpeakerSchema.parse({ speakerId: 1, name: 'the survey', type: 'document' }).type).toBe('document');
    expect(renameSpeakerSchema.parse({ speakerId: 1, name: 'Kremlin', type: '' }).type).toBeNull();
    expect(renameSpeakerSchema.parse({ speakerId: 1, name: 'Kremlin' }).type).toBeUndefined();
    const bad = firstMessage(renameSpeakerSchema.safeParse({ speakerId: 1, name: 'Kremlin', type: 'robot' }));
    expect(renderServerText(bad, 'en')).toBe('Choose person, organisation or document.');
    expect(renderServerText(bad, 'id')).toBe('Pilih orang, organisasi, atau dokumen.');
  });

  it('counts re-pointed claims with the right plural', () => {
    expect(renderServerText(keyed('speakers.server.merged', { moved: 1 }), 'en')).toBe('Merged: 1 claim re-pointed.');
    expect(renderServerText(keyed('speakers.server.merged', { moved: 3 }), 'en')).toBe('Merged: 3 claims re-pointed.');
    expect(renderServerText(keyed('speakers.server.merged', { moved: 3 }), 'id')).toBe('Digabungkan: 3 klaim dipindahkan.');
  });

  it('says a role was added with the role in the reader’s words', () => {
    expect(renderServerText(keyed('users.server.added', { name: 'Sari', role: 'viewer' }), 'en')).toBe('Added Sari as viewer.');
    expect(renderServerText(keyed('users.server.added', { name: 'Sari', role: 'viewer' }), 'id')).toBe('Sari ditambahkan sebagai pembaca.');
  });
});
