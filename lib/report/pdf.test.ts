import { createRequire } from 'node:module';
import path from 'node:path';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { HEBREW, hostileReport } from './fixtures';
import { UNSUPPORTED_PLACEHOLDER, cleanPdfText, renderPdf } from './pdf';

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The text of each page, lines separated by newlines, as a PDF reader would extract it. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

describe('cleanPdfText', () => {
  it('keeps WinAnsi text, including Indonesian and typographic marks', () => {
    expect(cleanPdfText('Café “kata” — 5 € • naïve', true)).toBe('Café “kata” — 5 € • naïve');
  });
  it('replaces each run of other scripts or emoji with one visible placeholder', () => {
    expect(cleanPdfText(`Kim ${HEBREW}!`, true)).toBe(`Kim ${UNSUPPORTED_PLACEHOLDER}!`);
    expect(cleanPdfText('ok 👍🏽🇮🇩 ok', true)).toBe(`ok ${UNSUPPORTED_PLACEHOLDER} ok`);
  });
  it('turns control characters into spaces but keeps line breaks', () => {
    expect(cleanPdfText('a\u0000b\tc\r\nd\fe', true)).toBe('a b c\nd e');
    expect(cleanPdfText(`${HEBREW}\u0007`, false)).toBe(`${HEBREW} `);
  });
});

describe('renderPdf', () => {
  it('produces a text PDF: summary on page 1, quotes, page numbers on every page, the appendix', async () => {
    const pdf = await renderPdf(hostileReport());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const first = pages[0];
    expect(first).toContain('Review report: Putin "kunjungi" Pyongyang');
    expect(first).toContain('Summary');
    expect(first).toContain('4 claims in total.');
    expect(first).toMatch(/Verified\s*1/);
    expect(first).toContain('Vladimir Putin');
    expect(first).toContain(`appear as ${UNSUPPORTED_PLACEHOLDER}`);
    expect(first).toContain('Page 1 of');

    const all = pages.join('\n');
    expect(all).toContain('Kami, "sahabat", akan membantu');
    expect(all).toContain("=cmd|' /C calc'!A0");
    expect(all).toContain('<script>alert(1)</script>'); // literal text in a PDF is harmless
    expect(all).toContain('not linked: not an http(s) URL');
    expect(all).toContain('Appendix: history');
    expect(all).toContain('BROKEN: the check failed at event #9');
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('links only http(s) evidence', async () => {
    const raw = (await renderPdf(hostileReport())).toString('latin1');
    expect(raw).toContain('/URI (https://kremlin.example.ru/transcript');
    expect(raw).not.toMatch(/\/URI \(javascript:/i);
    expect(raw).not.toMatch(/\/S \/JavaScript/);
  });

  it('is reproducible: the same data gives the same bytes (the creation date is the report date)', async () => {
    const [a, b] = await Promise.all([renderPdf(hostileReport()), renderPdf(hostileReport())]);
    expect(a.equals(b)).toBe(true);
  });

  it('renders an article without claims', async () => {
    const pages = await pageTexts(await renderPdf({ ...hostileReport(), claims: [] }));
    expect(pages[0]).toContain('0 claims in total.');
    expect(pages[0]).toContain('No claims.');
  });

  it('embeds a supplied TTF and then keeps non-WinAnsi Latin text', async () => {
    const font = path.join(pdfjsDir, 'standard_fonts', 'LiberationSans-Regular.ttf');
    const data = hostileReport();
    data.claims[0].note = 'Łódź, Ğ, ő';
    const pages = await pageTexts(await renderPdf(data, { fonts: { regular: font } }));
    const all = pages.join('\n');
    expect(all).toContain('Łódź, Ğ, ő');
    expect(pages[0]).not.toContain(`appear as ${UNSUPPORTED_PLACEHOLDER}`);
    expect(pages[0]).toContain('Page 1 of');
  });
});
