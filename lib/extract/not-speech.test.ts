import { describe, expect, it } from 'vitest';
import { extractClaims } from '.';

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
