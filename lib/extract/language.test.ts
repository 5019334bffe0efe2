import { describe, expect, it } from 'vitest';
import { detectLanguage, extractClaims } from './index';

describe('language detection', () => {
  it('tells Indonesian from English', () => {
    expect(detectLanguage('Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri itu.')).toBe('id');
    expect(detectLanguage('The government will raise fuel prices from next week, the minister said.')).toBe('en');
  });

  it('falls back to English on empty or wordless input', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12345 !!! ???')).toBe('en');
  });

  it('is used when no language is given', () => {
    const text = '”Kami sudah siap,” kata pelatih itu.';
    expect(extractClaims(text)).toEqual(extractClaims(text, 'id'));
  });
});
