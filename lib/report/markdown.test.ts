import { describe, expect, it } from 'vitest';

import { ARABIC, JS_URL, hostileReport } from './fixtures';
import { escapeMarkdown, renderMarkdown } from './markdown';

describe('escapeMarkdown', () => {
  it('turns HTML into entities and markup into literal characters', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('*a* _b_ `c` a|b ~d~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` a\\|b \\~d\\~ \\\\');
  });

  it('escapes block markers at the start of each line', () => {
    expect(escapeMarkdown('# h\n- item\n1. one\n> quote', ' / ')).toBe('\\# h / \\- item / 1\\. one / &gt; quote');
  });

  it('isolates right-to-left text and direction overrides', () => {
    expect(escapeMarkdown(ARABIC)).toBe(`\u2068${ARABIC}\u2069`);
    expect(escapeMarkdown('abc\u202Edef')).toBe('\u2068abc\u202Edef\u2069');
    expect(escapeMarkdown('plain')).toBe('plain');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(hostileReport());

  it('contains no raw HTML from user text and no javascript: link', () => {
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toMatch(/<b>/i);
    // No link destination or autolink with a javascript: scheme (an unescaped "](" or "<").
    expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    expect(md).not.toMatch(/<\s*javascript:/i);
    // The javascript: evidence is still reported, as text.
    expect(md).toContain(`${JS_URL} (not linked: not an http(s) URL)`);
  });

  it('links http(s) evidence with a destination that cannot break out', () => {
    expect(md).toContain('[Transcript \\[official\\] (ru)](https://kremlin.example.ru/transcript?a=1&b=%282%29)');
    expect(md).toContain('(http://archive.example.org/x%20y)');
  });

  it('has the article facts, summary, claims in reading order and the appendix', () => {
    expect(md).toMatch(/^# Review report: Putin "kunjungi" Pyongyang/);
    expect(md).toContain('- **Outlet:** Harian, Contoh \\& Co');
    expect(md).toContain('- **Language:** id');
    expect(md).toContain('4 claims in total.');
    expect(md).toContain('| Verified | 1 |');
    expect(md).toContain('| Vladimir Putin | 1 | 0 | 1 | 0 | 0 |');
    expect(md.indexOf('### 1. Disputed: claim #11')).toBeLessThan(md.indexOf('### 2. Verified: claim #12'));
    expect(md).toContain('- **Speaker:** Vladimir Putin (Presiden Rusia)');
    expect(md).toContain('- **Last reviewed:** @reviewer at 2026-11-24 10:15 UTC');
    expect(md).toContain('## Appendix: history');
    expect(md).toContain('BROKEN: the check failed at event #9');
    expect(md).toContain('| 2026-11-24 10:15 UTC | @reviewer | Review | Unreviewed | Verified |');
  });

  it('keeps a multi-line note inside its list item', () => {
    expect(md).toContain('- **Note:** \\-1 point, "quoted", with commas,\\\n  and a CRLF line');
  });

  it('keeps emoji and other scripts intact', () => {
    expect(md).toContain('👍🏽🇮🇩');
    expect(md).toContain(ARABIC);
  });
});
