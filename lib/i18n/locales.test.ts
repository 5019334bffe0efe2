import { describe, expect, it } from 'vitest';
import { chooseLocale, defaultLocaleFrom, localeFromAcceptLanguage } from './locales';
import { keyed } from './keyed';
import { renderFieldErrors, renderServerText } from './server-text';

describe('choosing the interface language', () => {
  it("prefers the user's own setting over the browser and the desk's default", () => {
    expect(chooseLocale({ userLocale: 'id', acceptLanguage: 'en-US,en;q=0.9', defaultLocale: 'en' })).toBe('id');
    expect(chooseLocale({ userLocale: null, acceptLanguage: 'id-ID,id;q=0.9', defaultLocale: 'en' })).toBe('id');
    expect(chooseLocale({ userLocale: null, acceptLanguage: 'fr-FR,fr;q=0.9', defaultLocale: 'id' })).toBe('id');
    expect(chooseLocale({ userLocale: null, acceptLanguage: null, defaultLocale: 'en' })).toBe('en');
    // A stored value that is no longer a language we have falls through to the browser.
    expect(chooseLocale({ userLocale: 'fr', acceptLanguage: 'en', defaultLocale: 'id' })).toBe('en');
  });

  it('negotiates Accept-Language by quality and by region', () => {
    expect(localeFromAcceptLanguage('en;q=0.2, id;q=0.9')).toBe('id');
    expect(localeFromAcceptLanguage('fr, id;q=0.5, en;q=0.4')).toBe('id');
    expect(localeFromAcceptLanguage('en-GB')).toBe('en');
    expect(localeFromAcceptLanguage('in')).toBe('id'); // the old code for Indonesian
    expect(localeFromAcceptLanguage('de, fr;q=0.8')).toBeNull();
    expect(localeFromAcceptLanguage('en;q=0')).toBeNull(); // q=0 means "not this one"
    expect(localeFromAcceptLanguage('*')).toBeNull();
    expect(localeFromAcceptLanguage('')).toBeNull();
  });

  it('reads DEFAULT_LOCALE, and refuses a value that is not a language the desk has', () => {
    expect(defaultLocaleFrom({})).toBe('en');
    expect(defaultLocaleFrom({ DEFAULT_LOCALE: 'id' })).toBe('id');
    expect(defaultLocaleFrom({ DEFAULT_LOCALE: ' EN ' })).toBe('en');
    expect(() => defaultLocaleFrom({ DEFAULT_LOCALE: 'id-ID' })).toThrow('DEFAULT_LOCALE must be "id" (Bahasa Indonesia) or "en" (English); got "id-ID".');
  });
});

describe('server messages as keys', () => {
  it('renders a packed key with its values in each language, a field name inside a sentence too', () => {
    const packed = keyed('server.rules.disputedNeedsNote');
    expect(renderServerText(packed, 'en')).toBe('Disputed needs a note saying why.');
    expect(renderServerText(packed, 'id')).toBe('Dibantah memerlukan catatan yang menjelaskan alasannya.');
  });

  it('renders each packed key in a joined message and leaves plain text alone', () => {
    const joined = `${keyed('server.frozen')} ${keyed('server.conflict')}`;
    expect(renderServerText(joined, 'id')).toBe(
      'Tinjauan ini sudah disahkan dan dibekukan: admin harus membukanya kembali, dengan alasan, sebelum ada yang berubah. Orang lain mengubah klaim ini sejak Anda membukanya.',
    );
    expect(renderServerText('Plain words.', 'id')).toBe('Plain words.');
    expect(renderFieldErrors({ note: [keyed('server.rules.disputedNeedsNote')] }, 'en')).toEqual({ note: ['Disputed needs a note saying why.'] });
  });
});
