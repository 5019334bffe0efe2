import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './lexicon/shared';
import { collectNameContext, NameTrimmer } from './name-trim';
import { splitSentences } from './sentences';
import { tokenize } from './text';
import type { Language } from './types';

/** A trimmer that has read the article, as the registry builds it. */
function trimmerFor(text: string, lang: Language): NameTrimmer {
  const tokens = tokenize(text, ABBREVIATIONS);
  const { sentences, sentOf } = splitSentences(tokens);
  const names = new NameTrimmer(tokens, lang);
  collectNameContext(tokens, sentences, sentOf, names);
  return names;
}

describe('where a name starts in a role-and-name run', () => {
  it('cuts a place the article names elsewhere when it uses the next word alone for the person, and keeps the place as office', () => {
    const names = trimmerFor('Banjir melanda Kabupaten Sukadana. Ketua DPRD Sukadana Usman meninjau lokasi. ”Kami siaga,” kata Usman.', 'id');
    expect(names.trim('Sukadana Usman')).toBe('Usman');
    expect(names.officeOf('Sukadana Usman')).toBe('Sukadana');
  });

  it('leaves the run whole without that evidence, and never cuts English names', () => {
    expect(trimmerFor('Ketua DPRD Sukadana Usman meninjau lokasi.', 'id').trim('Sukadana Usman')).toBe('Sukadana Usman');
    const story = 'Marlow Quint spoke in Iowa, where Quint said Marlow would win.';
    expect(trimmerFor(story, 'en').trim('Marlow Quint')).toBe('Marlow Quint');
    expect(trimmerFor(story, 'id').trim('Marlow Quint')).toBe('Quint'); // the same evidence, read as Indonesian
  });

  it('keeps given names before the word the article uses alone, and names them no office', () => {
    const names = trimmerFor('Kapolda Inspektur Jenderal Mohammad Fadil Imran datang. Mohammad Rizal juga hadir. ”Aman,” kata Fadil.', 'id');
    expect(names.trim('Mohammad Fadil Imran')).toBe('Mohammad Fadil Imran');
    expect(names.officeOf('Mohammad Fadil Imran')).toBeNull();
  });

  it('cuts an organisation glued to a full name the article writes alone for a speaker', () => {
    const names = trimmerFor('Koordinator Nasional Sahabat Rawa Dinda Maharani mengatakan, rawa terus menyusut. ”Kami sudah memperingatkan,” ujar Dinda Maharani.', 'id');
    expect(names.trim('Sahabat Rawa Dinda Maharani')).toBe('Dinda Maharani');
    expect(names.officeOf('Sahabat Rawa Dinda Maharani')).toBe('Sahabat Rawa');
  });

  it('keeps given names and a name the article uses alone before that full name', () => {
    const openers = trimmerFor('Kepala Dinas I Made Wirata meninjau pura. ”Aman,” kata Made Wirata.', 'id');
    expect(openers.trim('I Made Wirata')).toBe('I Made Wirata');
    // a wife written with her husband's name: "Kastini" is a person the article names alone
    const wife = trimmerFor('Calon bupati Kastini Wulan Hartono datang. Suaminya, Wulan Hartono, menjabat dua periode. Tuduhan itu ditampik Kastini. ”Itu fitnah,” kata Wulan Hartono.', 'id');
    expect(wife.trim('Kastini Wulan Hartono')).toBe('Kastini Wulan Hartono');
  });

  it('takes no programme or company written alone for a full name', () => {
    const names = trimmerFor('Pemerintah menambah penerima Kartu Sejahtera. Semestinya Kartu Sejahtera diberikan tunai.', 'id');
    expect(names.trim('Semestinya Kartu Sejahtera')).toBe('Semestinya Kartu Sejahtera');
  });

  it('reads a company named after "PT" elsewhere as the office before a person', () => {
    const names = trimmerFor('PT Sehat Farma memproduksi obat. Direktur Utama Sehat Farma Verdi Budiman mengatakan stok cukup.', 'id');
    expect(names.trim('Sehat Farma Verdi Budiman')).toBe('Verdi Budiman');
    expect(names.officeOf('Sehat Farma Verdi Budiman')).toBe('Sehat Farma');
  });
});
