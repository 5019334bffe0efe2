// A source document as an editor hands it over (pasted text, or a .txt, .md, .html or .pdf file)
// turned into plain text, with the same limits and messages as article imports. Pure apart from
// PDF parsing (pdfjs-dist, Mozilla's PDF reader), which is asynchronous.
import {
  MAX_TEXT_BYTES,
  MESSAGES,
  checkText,
  formatOfFile,
  prepareContent,
  prepareFile,
  type PrepareResult,
  type Refused,
} from '../articles/ingest-input';

/** A PDF carries fonts and layout around its text; 4 MB is the server's upload limit. */
export const MAX_PDF_BYTES = 3_500_000;

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

export const SOURCE_MESSAGES = {
  ...MESSAGES,
  empty: 'The source text is empty. Paste the text or choose a file.',
  tooLarge: 'The source text is larger than 1 MB. Split the document and add the part you need.',
  unsupported: 'Unsupported file type. Choose a .txt, .md, .html or .pdf file.',
  pdfTooLarge: 'This PDF is larger than 3.5 MB. Save the pages you need as a smaller PDF or as text.',
  badPdf: 'This PDF could not be read. It may be damaged or password-protected.',
  pdfWithoutText: 'This PDF has no text layer (it is probably a scan). Paste the text instead.',
} as const;

/** Same limits as articles, with the source's own wording. */
function reword(result: PrepareResult): PrepareResult {
  if (result.ok) return result;
  if (result.message === MESSAGES.empty) return { ok: false, message: SOURCE_MESSAGES.empty };
  if (result.message === MESSAGES.tooLarge) return { ok: false, message: SOURCE_MESSAGES.tooLarge };
  return result;
}

export function prepareSourceText(text: string): PrepareResult {
  return reword(prepareContent(text, 'text'));
}

function isPdf(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.pdf');
}

/** The text of a PDF, page by page, lines kept where pdf.js reports an end of line. */
export async function pdfText(bytes: Uint8Array): Promise<{ ok: true; text: string } | Refused> {
  // The legacy build runs on Node 20 without browser globals; imported on demand so pages that
  // never read a PDF do not load it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch {
    return { ok: false, message: SOURCE_MESSAGES.badPdf };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let page = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        page += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(page.replace(/[ \t]+\n/g, '\n').trim());
    }
    const text = pages.filter(Boolean).join('\n\n');
    if (text.trim() === '') return { ok: false, message: SOURCE_MESSAGES.pdfWithoutText };
    return { ok: true, text };
  } catch {
    return { ok: false, message: SOURCE_MESSAGES.badPdf };
  } finally {
    await doc.destroy();
  }
}

/** An uploaded or command-line source file: type, size, decoding, then its text. */
export async function prepareSourceFile(fileName: string, bytes: Uint8Array): Promise<PrepareResult> {
  if (bytes.byteLength === 0) return { ok: false, message: SOURCE_MESSAGES.empty };
  if (isPdf(fileName)) {
    if (bytes.byteLength > MAX_PDF_BYTES) return { ok: false, message: SOURCE_MESSAGES.pdfTooLarge };
    const extracted = await pdfText(bytes);
    if (!extracted.ok) return extracted;
    const refused = checkText(extracted.text);
    return refused ? reword(refused) : { ok: true, text: extracted.text, title: null, language: null };
  }
  if (!formatOfFile(fileName)) return { ok: false, message: SOURCE_MESSAGES.unsupported };
  return reword(prepareFile(fileName, bytes));
}

export { MAX_TEXT_BYTES };
