import { describe, expect, it } from 'vitest';
import { extractClaims } from '.';
import { isTitleCase } from './not-speech';
import { TITLE_SMALL } from './lexicon/shared';

// Our own sentences (no corpus text).
function quoted(text: string, lang: 'id' | 'en'): string[] {
  return extractClaims(text, lang).filter((c) => c.kind === 'direct').map((c) => c.text);
}

describe('not speech: quoted terms (Indonesian)', () => {
  it('drops a term named by the word before it ("program ”…”", "konsep ”…”")', () => {
    expect(quoted('Kepala dinas itu mengatakan, kota akan memulai program ”sekolah hijau” bulan depan.', 'id')).toEqual([]);
    expect(quoted('Menteri Luar Negeri menyebutkan konsep ”kerja sama kawasan” menjadi kunci.', 'id')).toEqual([]);
    expect(quoted('Bagi para pedagang, pasar malam menjadi ”napas tambahan” selama musim hujan, dan aplikasi ”pasar daring” membantu penjualan.', 'id')).toEqual([]);
  });

  it('keeps short speech that carries its own comma and cue', () => {
    expect(quoted('Polisi masih memeriksa dua saksi. ”Masih kami dalami,” kata Bambang Setiadi.', 'id')).toEqual(['Masih kami dalami,']);
  });

  it('keeps a characterisation after a verb of saying', () => {
    expect(quoted('Menteri itu menyebut kebijakan tersebut ”terlalu cepat” bagi petani.', 'id')).toEqual(['terlalu cepat']);
  });

  it('keeps a term that is followed by a reporting word (speech, not a term)', () => {
    expect(quoted('Warga menyambut program baru itu. Salah satu warga menjadi ”Kami senang sekali” ujar Rina Dewi.', 'id')).toEqual(['Kami senang sekali']);
  });
});

describe('not speech: unpunctuated quotations in Kompas-style copy (Indonesian)', () => {
  // Our own article: speech closes with a comma or full stop inside the quotation marks.
  const kompas = [
    '”Stok beras aman sampai akhir tahun,” kata Kepala Dinas Pangan Rina Lestari.',
    'Rina menyampaikan hal itu dalam seminar daring ”Menjaga Pangan Desa di Tengah Musim Kering” di Semarang.',
    'Menurut dia, pasar tradisional kembali menjadi ”jantung” ekonomi warga.',
    '”Harga gabah mulai naik sejak pekan lalu,” ujarnya.',
  ].join('\n');

  it('drops event titles and scare quotes that stop without punctuation', () => {
    expect(quoted(kompas, 'id')).toEqual(['Stok beras aman sampai akhir tahun,', 'Harga gabah mulai naik sejak pekan lalu,']);
  });

  it('keeps an unpunctuated quotation a reporting verb follows, or one a verb of saying introduces', () => {
    const text = kompas + '\n”Petani butuh pupuk lebih cepat” kata Bambang Setiadi.\nBambang menyebut kebijakan itu ”terlalu lambat” bagi petani.';
    const got = quoted(text, 'id');
    expect(got).toContain('Petani butuh pupuk lebih cepat');
    expect(got).toContain('terlalu lambat');
  });

  it('keeps partial quotations in copy that punctuates outside the marks (BBC Indonesia style)', () => {
    const bbc = [
      'Menteri itu memuji negara tetangga karena “mendukung dengan tegas” rencana tersebut.',
      'Ia mengatakan hubungan kedua negara telah “berkembang pesat”.',
      'Juru bicara menyebut kunjungan itu “bersejarah”, dengan media melaporkan sambutan meriah.',
    ].join('\n');
    expect(quoted(bbc, 'id')).toEqual(['mendukung dengan tegas', 'berkembang pesat', 'bersejarah']);
  });
});

describe('isTitleCase', () => {
  // the word walk by character codes must agree with the split-and-regex reading it replaced
  function reference(text: string, maxWords: number): boolean {
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > maxWords || text.length > 120) return false;
    return words.every((word, k) => {
      const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (!w || (k > 0 && TITLE_SMALL.has(w.toLowerCase()))) return true;
      const c = w.charAt(0);
      return c !== c.toLowerCase() || (c >= '0' && c <= '9');
    });
  }
  const cases = ['State of the Union', 'Meet the Press', 'the Union', 'Sekolah Hijau untuk Semua', '“Merah Putih”', 'Merah putih',
    '(Hari) — 2025 Esok', 'Évian Les Bains', 'évian Les', 'Ελλάδα Σήμερα', '— —', '', '   ', 'A\u00a0b', 'Kota\u3000Tua', 'Ünal and Öz', '😀 Smile', 'iPhone Day'];
  it('reads every word as the split-and-regex reading does', () => {
    for (const c of cases) for (const max of [2, 4, 6]) expect(isTitleCase(c, 0, c.length, max), `${c} / ${max}`).toBe(reference(c, max));
  });
});
