import { createRequire } from 'node:module';
import path from 'node:path';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { ARABIC, HEBREW, hostileReport } from './fixtures';
import { cleanPdfText, renderPdf } from './pdf';
import { faceCovers, shapingInput, splitRuns, visualOrder } from './pdf-fonts';

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
  it('keeps text in any script, including typographic marks', () => {
    expect(cleanPdfText('Café “kata” — 5 € • naïve Сергей 김정은')).toBe('Café “kata” — 5 € • naïve Сергей 김정은');
  });
  it('turns control characters into spaces but keeps line breaks', () => {
    expect(cleanPdfText('a\u0000b\tc\r\nd\fe')).toBe('a b c\nd e');
    expect(cleanPdfText(`${HEBREW}\u0007`)).toBe(`${HEBREW} `);
  });
});

describe('splitRuns', () => {
  it('keeps Latin, Cyrillic and Greek in one run of the Latin face', () => {
    expect(splitRuns('Сергей Лавров, Ωμέγα and Putin', faceCovers)).toEqual([{ face: 'latin', text: 'Сергей Лавров, Ωμέγα and Putin' }]);
  });
  it('gives Hangul, Chinese and Arabic their own faces, spaces staying inside a run', () => {
    const runs = splitRuns('Kim (김정은) met 习近平 and محمد بن سلمان.', faceCovers);
    expect(runs.map((r) => r.face)).toEqual(['latin', 'korean', 'latin', 'cjk', 'latin', 'arabic']);
    expect(runs.find((r) => r.face === 'korean')?.text).toBe('김정은) ');
    expect(runs.find((r) => r.face === 'arabic')?.text).toBe('محمد بن سلمان.');
  });
  it('uses a face that has the character when the script’s own face lacks it', () => {
    const [run] = splitRuns('習', faceCovers);
    expect(faceCovers(run.face, '習'.codePointAt(0)!)).toBe(true);
  });
});

const reversed = (text: string) => Array.from(text).reverse().join('');

describe('visualOrder and shapingInput', () => {
  it('leave left-to-right text alone', () => {
    expect(visualOrder('Kim Jong Un said (twice)')).toBe('Kim Jong Un said (twice)');
    expect(shapingInput({ face: 'latin', text: 'Kim' })).toEqual({ text: 'Kim' });
  });
  it('put a right-to-left phrase in visual order inside left-to-right text', () => {
    expect(visualOrder('Said محمد بن سلمان today')).toBe(`Said ${reversed('محمد بن سلمان')} today`);
  });
  it('keep numbers inside right-to-left text left to right', () => {
    expect(visualOrder('قال في عام 2024')).toBe(`2024 ${reversed('قال في عام')}`);
  });
  it('hand a right-to-left run to the shaper in logical order, as one piece', () => {
    expect(shapingInput({ face: 'arabic', text: reversed('محمد بن سلمان') })).toEqual({ text: 'محمد بن سلمان', features: [] });
  });
});

describe('renderPdf', () => {
  it('produces a text PDF: summary on page 1, quotes, page numbers on every page, the appendix', async () => {
    const pdf = await renderPdf(hostileReport(), 'en');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const first = pages[0];
    expect(first).toContain('Review report: Putin "kunjungi" Pyongyang');
    expect(first).toContain('Summary');
    expect(first).toContain('4 claims in total.');
    expect(first).toMatch(/Verified\s*1/);
    expect(first).toContain('Vladimir Putin');
    expect(first).toContain('Page 1 of');

    const all = pages.join('\n');
    expect(all).toContain('Kami, "sahabat", akan membantu');
    expect(all).toContain("=cmd|' /C calc'!A0");
    expect(all).toContain('<script>alert(1)</script>'); // literal text in a PDF is harmless
    expect(all).toMatch(/not linked: not an http\(s\)\s+URL/);
    expect(all).toContain('Appendix: history');
    expect(all).toContain('BROKEN: the check failed at event #9');
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('links only http(s) evidence', async () => {
    const raw = (await renderPdf(hostileReport(), 'en')).toString('latin1');
    expect(raw).toContain('/URI (https://kremlin.example.ru/transcript');
    expect(raw).not.toMatch(/\/URI \(javascript:/i);
    expect(raw).not.toMatch(/\/S \/JavaScript/);
  });

  it('is reproducible: the same data gives the same bytes (the creation date is the report date)', async () => {
    const [a, b] = await Promise.all([renderPdf(hostileReport(), 'en'), renderPdf(hostileReport(), 'en')]);
    expect(a.equals(b)).toBe(true);
  });

  it('renders an article without claims', async () => {
    const pages = await pageTexts(await renderPdf({ ...hostileReport(), claims: [] }, 'en'));
    expect(pages[0]).toContain('0 claims in total.');
    expect(pages[0]).toContain('No claims.');
  });

  it('prints names in Cyrillic, Hangul, Chinese, Arabic and Hebrew as written, with no placeholder', async () => {
    const data = hostileReport();
    data.claims[0].speaker = { name: 'Сергей Лавров', role: 'Menteri Luar Negeri Rusia', type: 'person' };
    data.claims[1].speaker = { name: '김정은', role: '조선로동당 총비서', type: 'person' };
    data.claims[2].speaker = { name: 'Владимир Путин', role: null, type: 'person' };
    data.claims[3].speaker = { name: '习近平', role: null, type: 'person' };
    data.claims[0].note = 'Łódź, Ğ, ő; محمد بن سلمان';
    const pdf = await renderPdf(data, 'en');
    const all = (await pageTexts(pdf)).join('\n');
    for (const name of ['Сергей Лавров', '김정은', '조선로동당 총비서', 'Владимир Путин', '习近平', 'Łódź, Ğ, ő']) {
      expect(all).toContain(name);
    }
    // A reader extracts right-to-left text in logical order when it was drawn in visual order.
    expect(all).toContain('محمد بن سلمان');
    expect(all).toContain(HEBREW);
    // (ARABIC has the lam-alef ligature, which pdf.js extracts with its two letters swapped.)
    expect(all).toContain(ARABIC.split(' ')[0]);
    expect(all).not.toContain('[?]');
  });

  it('embeds only the glyphs used: a report with Korean and Chinese names stays small', async () => {
    const data = hostileReport();
    data.claims[1].speaker = { name: '김정은', role: null, type: 'person' };
    data.claims[3].speaker = { name: '习近平', role: null, type: 'person' };
    const pdf = await renderPdf(data, 'en');
    // The full Korean and Chinese faces are 4.6 MB and 8.4 MB.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('writes an Indonesian report with names in Cyrillic, Hangul, Chinese and Arabic as written, small', async () => {
    const data = hostileReport();
    data.claims[0].speaker = { name: 'Сергей Лавров', role: 'Menteri Luar Negeri Rusia', type: 'person' };
    data.claims[1].speaker = { name: '김정은', role: '조선로동당 총비서', type: 'person' };
    data.claims[2].speaker = { name: '习近平', role: null, type: 'person' };
    data.claims[3].speaker = { name: 'محمد بن سلمان', role: null, type: 'person' };
    const pdf = await renderPdf(data, 'id');
    const pages = await pageTexts(pdf);
    const all = pages.join('\n');
    for (const name of ['Сергей Лавров', '김정은', '조선로동당 총비서', '习近平', 'محمد بن سلمان']) expect(all).toContain(name);
    expect(all).not.toContain('[?]');
    // Headings, labels and status names in Indonesian; numbers and dates in its notation.
    expect(pages[0]).toContain('Laporan tinjauan: Putin "kunjungi" Pyongyang');
    expect(pages[0]).toContain('Ringkasan');
    expect(pages[0]).toContain('Total 4 klaim.');
    expect(pages[0]).toMatch(/Terverifikasi\s*1/);
    expect(pages[0]).toContain('Per narasumber');
    expect(pages[0]).toContain('25 Nov 2026, 18.00 UTC');
    expect(all).toContain('Lampiran: riwayat');
    expect(all).toContain('Narasumber: Сергей Лавров (Menteri Luar Negeri Rusia)');
    expect(all).toContain('Status: Dibantah');
    pages.forEach((text, i) => expect(text).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    for (const english of ['Review report', 'Summary', 'By speaker', 'Appendix', 'Speaker:', 'Page 1 of']) expect(all).not.toContain(english);
    expect(pdf.length).toBeLessThan(200_000);
  });
});
