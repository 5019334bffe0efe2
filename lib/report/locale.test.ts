import { describe, expect, it } from 'vitest';

import en from '../../messages/en.json';
import id from '../../messages/id.json';
import { deskDefaultLocale, localeFromAcceptLanguage, parseReportLocale, reportLocaleOfRequest, resolveReportLocale } from './locale';

describe('parseReportLocale', () => {
  it('accepts id and en (any case, trimmed), and nothing else, naming the choices', () => {
    expect(parseReportLocale('id')).toBe('id');
    expect(parseReportLocale(' EN ')).toBe('en');
    expect(parseReportLocale(undefined)).toBeUndefined();
    expect(() => parseReportLocale('fr')).toThrow('Unknown locale "fr": choose id, en.');
    expect(() => parseReportLocale('', '--locale')).toThrow('Unknown --locale "": choose id, en.');
  });
});

describe('deskDefaultLocale', () => {
  it('is DEFAULT_LOCALE, English when unset, an error when it is not a choice', () => {
    expect(deskDefaultLocale({ DEFAULT_LOCALE: 'id' })).toBe('id');
    expect(deskDefaultLocale({})).toBe('en');
    expect(deskDefaultLocale({ DEFAULT_LOCALE: ' ' })).toBe('en');
    expect(() => deskDefaultLocale({ DEFAULT_LOCALE: 'de' })).toThrow('DEFAULT_LOCALE must be "id" (Bahasa Indonesia) or "en" (English); got "de".');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the most preferred language the desk has', () => {
    expect(localeFromAcceptLanguage('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.5,id;q=0.4')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.2, id;q=0.8')).toBe('id');
    expect(localeFromAcceptLanguage('id;q=0, en;q=0.1')).toBe('en');
    expect(localeFromAcceptLanguage('fr')).toBeNull();
    expect(localeFromAcceptLanguage('')).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe('resolveReportLocale and reportLocaleOfRequest', () => {
  it('prefer the requested language, then the user’s own, then the browser, then the desk default', () => {
    expect(resolveReportLocale({ requested: null, userLocale: 'id', acceptLanguage: 'en', env: {} })).toBe('id');
    expect(resolveReportLocale({ requested: 'en', userLocale: 'id', acceptLanguage: 'id', env: {} })).toBe('en');
    expect(resolveReportLocale({ requested: 'en', acceptLanguage: 'id', env: { DEFAULT_LOCALE: 'id' } })).toBe('en');
    expect(resolveReportLocale({ requested: null, acceptLanguage: 'id', env: {} })).toBe('id');
    expect(resolveReportLocale({ requested: null, acceptLanguage: 'fr', env: { DEFAULT_LOCALE: 'id' } })).toBe('id');
    expect(resolveReportLocale({ requested: undefined, env: {} })).toBe('en');
  });

  it('turn a wrong ?locale= into a message for a 400 answer', () => {
    const request = (url: string, lang: string | null = null) => ({ url, headers: { get: () => lang } });
    expect(reportLocaleOfRequest(request('http://x/r?format=pdf&locale=id'), { locale: 'en' }, {})).toEqual({ ok: true, locale: 'id' });
    expect(reportLocaleOfRequest(request('http://x/r?format=pdf', 'id-ID'), null, {})).toEqual({ ok: true, locale: 'id' });
    expect(reportLocaleOfRequest(request('http://x/r?format=pdf', 'id-ID'), { locale: 'en' }, {})).toEqual({ ok: true, locale: 'en' });
    expect(reportLocaleOfRequest(request('http://x/r?format=pdf&locale=xx'), null, {})).toEqual({ ok: false, message: 'Unknown locale "xx": choose id, en.' });
  });
});

/** Every message key of a tree, as dotted paths, with its text. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('the report messages', () => {
  it('have the same keys in both languages', () => {
    expect(leaves(id.report).map(([k]) => k).sort()).toEqual(leaves(en.report).map(([k]) => k).sort());
  });
});
