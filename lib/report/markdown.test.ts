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
  const md = renderMarkdown(hostileReport(), 'en');

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
    expect(md).toContain('- **Language:** Indonesian (id)');
    expect(md).toContain('4 claims in total.');
    expect(md).toContain('| Verified | 1 |');
    expect(md).toContain('| Vladimir Putin | 1 | 0 | 1 | 0 | 0 |');
    expect(md.indexOf('### 1. Disputed: claim #11')).toBeLessThan(md.indexOf('### 2. Verified: claim #12'));
    expect(md).toContain('- **Speaker:** Vladimir Putin (Presiden Rusia)');
    expect(md).toContain('- **Last reviewed:** @reviewer at Nov 24, 2026, 10:15 UTC');
    expect(md).toContain('## Appendix: history');
    expect(md).toContain('BROKEN: the check failed at event #9');
    expect(md).toContain('| Nov 24, 2026, 10:15 UTC | @reviewer | Review | Unreviewed | Verified |');
  });

  it('keeps a multi-line note inside its list item', () => {
    expect(md).toContain('- **Note:** \\-1 point, "quoted", with commas,\\\n  and a CRLF line');
  });

  it('keeps emoji and other scripts intact', () => {
    expect(md).toContain('👍🏽🇮🇩');
    expect(md).toContain(ARABIC);
  });
});

describe('renderMarkdown in Indonesian', () => {
  const md = renderMarkdown(hostileReport(), 'id');

  it('has Indonesian headings, labels, status names and dates', () => {
    expect(md).toMatch(/^# Laporan tinjauan: Putin "kunjungi" Pyongyang/);
    expect(md).toContain('- **Media:** Harian, Contoh \\& Co');
    expect(md).toContain('- **Bahasa:** Indonesia (id)');
    expect(md).toContain('## Ringkasan');
    expect(md).toContain('Total 4 klaim.');
    expect(md).toContain('| Terverifikasi | 1 |');
    expect(md).toContain('| Narasumber | Total | Belum ditinjau | Terverifikasi | Dibantah | Perlu sumber |');
    expect(md.indexOf('### 1. Dibantah: klaim #11')).toBeLessThan(md.indexOf('### 2. Terverifikasi: klaim #12'));
    expect(md).toContain('- **Narasumber:** Vladimir Putin (Presiden Rusia)');
    expect(md).toContain('- **Terakhir ditinjau:** @reviewer pada 24 Nov 2026, 10.15 UTC');
    expect(md).toContain('## Lampiran: riwayat');
    expect(md).toContain('RUSAK: pemeriksaan gagal pada peristiwa #9 (11 peristiwa diperiksa)');
    expect(md).toContain('| 24 Nov 2026, 10.15 UTC | @reviewer | Tinjauan | Belum ditinjau | Terverifikasi |');
    expect(md).toContain('(tidak ditautkan: bukan URL http(s))');
  });

  it('leaves no English heading or label behind', () => {
    for (const english of ['Review report', 'Summary', 'claims in total', 'Appendix', 'Speaker:', 'Last reviewed', 'Verified', 'Unreviewed', 'Evidence:']) {
      expect(md).not.toContain(english);
    }
  });
});
