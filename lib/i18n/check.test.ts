import { describe, expect, it } from 'vitest';
import { checkMessages, formatReport, isClean, keysUsedIn, placeholderNames, stripComments } from './check';

const en = { page: { title: 'Claims', count: '{count, plural, one {# claim} other {# claims}}' }, server: { frozen: 'Frozen.' } };
const id = { page: { title: 'Klaim', count: '{count, plural, other {# klaim}}' }, server: { frozen: 'Dibekukan.' } };

const using = (text: string) => [{ path: 'components/x.tsx', text }];
const ALL_USED = `
  const t = useTranslations('page');
  t('title'); t('count', { count: 2 });
  keyed('server.frozen');
`;

describe('i18n key check', () => {
  it('passes when both languages have the same keys and the code uses exactly them', () => {
    const result = checkMessages({ en, id }, using(ALL_USED));
    expect(formatReport(result)).toBe('');
    expect(isClean(result)).toBe(true);
  });

  it('fails on a key that one language lacks', () => {
    const idMissing = { page: { title: 'Klaim' }, server: { frozen: 'Dibekukan.' } };
    const result = checkMessages({ en, id: idMissing }, using(ALL_USED));
    expect(result.missing).toEqual([{ locale: 'id', key: 'page.count' }]);
    expect(isClean(result)).toBe(false);
  });

  it('fails on a key no code uses', () => {
    const result = checkMessages({ en, id }, using(`const t = useTranslations('page'); t('title'); t('count'); keyed('server.frozen');`.replace("t('count');", '')));
    expect(result.unused).toEqual(['page.count']);
  });

  it('fails on a key the code uses that does not exist, naming the file', () => {
    const result = checkMessages({ en, id }, using(`${ALL_USED} t('subtitle');`));
    expect(result.unknown).toEqual([{ key: 'page.subtitle', path: 'components/x.tsx' }]);
    expect(formatReport(result)).toContain('unknown key page.subtitle (used in components/x.tsx)');
  });

  it('fails on a key that names a group of messages rather than one message', () => {
    const result = checkMessages({ en, id }, using(`${ALL_USED} keyed('server');`));
    expect(result.unknown.map((u) => u.key)).toEqual(['server']);
  });

  it('fails on a key it cannot read statically', () => {
    const result = checkMessages({ en, id }, using(`${ALL_USED}\nconst k = 'title';\nt(k);`));
    expect(result.dynamic).toEqual([{ path: 'components/x.tsx', line: 7, call: 't(k' }]);
  });

  it('fails when a message has different placeholders in the two languages', () => {
    const idWrong = { ...id, page: { ...id.page, title: 'Klaim {name}' } };
    const result = checkMessages({ en, id: idWrong }, using(ALL_USED));
    expect(result.placeholders).toEqual([{ key: 'page.title', detail: 'en: {} but id: {name}' }]);
  });

  it('reports a message that is not valid ICU', () => {
    const idBroken = { ...id, page: { ...id.page, title: 'Klaim {' } };
    expect(checkMessages({ en, id: idBroken }, using(ALL_USED)).placeholders[0]?.detail).toMatch(/^en: \{\} but id: \{unparsable ICU message/);
  });
});

describe('reading key usage', () => {
  it('follows each translator to its namespace, server-side and client-side, and t.rich', () => {
    const text = `
      const t = useTranslations('claims.card');
      const tc = await getTranslations('common');
      const tp = await getTranslations({ locale, namespace: 'profile' });
      t('open'); tc("appName"); t.rich('help', { b: (c) => c }); tp('title');
      format('not-a-key');
    `;
    expect(keysUsedIn({ path: 'a.tsx', text }).used.sort()).toEqual(['claims.card.help', 'claims.card.open', 'common.appName', 'profile.title']);
  });

  it('ignores keys in comments but keeps code inside template literals', () => {
    const text = "const t = useTranslations('a');\n// t('commented')\n/* t('block') */ const url = 'https://x'; const s = `${t('inTemplate')}`;";
    expect(keysUsedIn({ path: 'a.ts', text }).used).toEqual(['a.inTemplate']);
    expect(stripComments("a // b\nc")).toBe('a     \nc');
  });

  it('reads the arguments of a message with the ICU parser', () => {
    expect(placeholderNames('{count, plural, one {# claim by {name}} other {# claims}} <b>now</b>')).toEqual(['<b>', 'count', 'name']);
    expect(placeholderNames('{status, select, verified {Verified} other {Unknown}}')).toEqual(['status']);
  });
});
