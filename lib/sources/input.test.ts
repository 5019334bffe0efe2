import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { prepareSourceFile, prepareSourceText, SOURCE_MESSAGES } from './input';

/** A real two-page PDF with a text layer, written by pdfkit. */
function makePdf(pages: string[]): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pages.forEach((p, i) => {
      if (i > 0) doc.addPage();
      doc.text(p);
    });
    doc.end();
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('source documents', () => {
  it('reads the text layer of a PDF, page by page', async () => {
    const bytes = await makePdf(['Fares will stay at the current level.', 'Every crew member keeps a job.']);
    const result = await prepareSourceFile('statement.PDF', bytes);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.text).toBe('Fares will stay at the current level.\n\nEvery crew member keeps a job.');
  });

  it('refuses a damaged PDF and an unsupported type with clear messages', async () => {
    expect(await prepareSourceFile('x.pdf', utf8('%PDF-1.4 not really'))).toEqual({ ok: false, message: SOURCE_MESSAGES.badPdf });
    expect(await prepareSourceFile('x.docx', utf8('hello'))).toEqual({ ok: false, message: SOURCE_MESSAGES.unsupported });
    expect(await prepareSourceFile('x.txt', new Uint8Array())).toEqual({ ok: false, message: SOURCE_MESSAGES.empty });
  });

  it('reduces HTML to the document text as article imports do', async () => {
    const para = 'The chair said the ferries would keep running through the winter, whatever the weather. ';
    const html = `<html><head><title>Statement</title></head><body><nav>Home | News</nav><article><h1>Statement</h1><p>${para.repeat(3)}</p><p>Second paragraph.</p></article></body></html>`;
    const result = await prepareSourceFile('s.html', utf8(html));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toContain('whatever the weather.');
      expect(result.text).not.toContain('Home | News');
    }
  });

  it('applies the article limits to pasted text, with the source wording', () => {
    expect(prepareSourceText('   ')).toEqual({ ok: false, message: SOURCE_MESSAGES.empty });
    expect(prepareSourceText('x'.repeat(1_000_001))).toEqual({ ok: false, message: SOURCE_MESSAGES.tooLarge });
    expect(prepareSourceText('A short statement.')).toMatchObject({ ok: true, text: 'A short statement.' });
  });
});
