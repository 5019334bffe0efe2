// Fonts for the PDF report: Noto faces shipped by npm packages (@embedpdf/fonts-*, OFL), chosen
// per run of text by script, so names and quotes in Cyrillic, Greek, Hangul, CJK, Arabic and Hebrew print
// as written. pdfkit embeds only the glyphs a report uses (subsetting), so a report stays small.
//
// Right-to-left text: pdfkit draws glyphs left to right, and fontkit reverses the glyphs of a run
// it shapes as Arabic or Hebrew. Each text call is put in visual order with the Unicode bidi
// algorithm (bidi-js); each right-to-left run is then handed to fontkit reversed back (so it
// shapes the letters in logical order, Arabic letters joining by context) as ONE layout unit
// (pdfkit otherwise lays out word by word, and the reversed words would end up with their
// spaces on the wrong side). Lines are reordered before pdfkit wraps them: a right-to-left phrase
// that wraps keeps its words in reading order line by line.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';

export type Face = 'latin' | 'korean' | 'cjk' | 'arabic' | 'hebrew';
export type Weight = 'regular' | 'bold';

/** Which package and file holds each face; Noto Sans covers Latin, Greek and Cyrillic. */
const FACE_FILES: Record<Face, { pkg: string; regular: string; bold: string }> = {
  latin: { pkg: '@embedpdf/fonts-latin', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  korean: { pkg: '@embedpdf/fonts-kr', regular: 'NotoSansKR-Regular.otf', bold: 'NotoSansKR-Bold.otf' },
  cjk: { pkg: '@embedpdf/fonts-sc', regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' },
  arabic: { pkg: '@embedpdf/fonts-arabic', regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
  hebrew: { pkg: '@embedpdf/fonts-hebrew', regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
};

/** When the face a script asks for lacks a character, these are tried in order. */
const FALLBACK: Face[] = ['latin', 'cjk', 'korean', 'arabic', 'hebrew'];

const HANGUL = /\p{Script=Hangul}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
/** Letters of a script: they choose the face. Other characters (spaces, digits, punctuation) follow the run they are in. */
const LETTER_OF_SCRIPT = /[\p{L}\p{M}]/u;
/** Text made only of these needs neither script runs nor bidi: the common case, kept fast. */
const LATIN_ONLY = /^[\u0000-\u024f\u2000-\u206f\u20ac\u2122]*$/;
/** Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The face a character's script asks for, or null for characters shared by all scripts. */
export function preferredFace(char: string): Face | null {
  if (!LETTER_OF_SCRIPT.test(char)) return null;
  if (HANGUL.test(char)) return 'korean';
  if (CJK.test(char)) return 'cjk';
  if (ARABIC.test(char)) return 'arabic';
  if (HEBREW.test(char)) return 'hebrew';
  return 'latin';
}

export interface TextRun {
  face: Face;
  text: string;
}

/**
 * Splits text into runs that one face can draw. A letter picks its script's face (or the first
 * fallback that has it); spaces, digits and punctuation stay in the current run when its face has
 * them, so an Arabic or Korean phrase with spaces is one run.
 */
export function splitRuns(text: string, covers: (face: Face, codePoint: number) => boolean): TextRun[] {
  if (LATIN_ONLY.test(text)) return text ? [{ face: 'latin', text }] : [];
  const runs: TextRun[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const current = runs.at(-1);
    const wanted = preferredFace(char);
    let face: Face;
    if (wanted === null) {
      face = current && covers(current.face, cp) ? current.face : 'latin';
    } else {
      face = covers(wanted, cp) ? wanted : (FALLBACK.find((f) => covers(f, cp)) ?? wanted);
    }
    if (current && current.face === face) current.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}

let bidi: ReturnType<typeof bidiFactory> | null = null;

/**
 * Visual order of a left-to-right paragraph (or several, separated by newlines) that may contain
 * right-to-left text, by the bidi algorithm, with mirrored brackets.
 */
export function visualOrder(text: string): string {
  if (!RTL.test(text)) return text;
  bidi ??= bidiFactory();
  const levels = bidi.getEmbeddingLevels(text, 'ltr');
  const chars = text.split('');
  for (const [index, mirror] of bidi.getMirroredCharactersMap(text, levels)) chars[index] = mirror;
  for (const [start, end] of bidi.getReorderSegments(text, levels)) {
    const reversed = chars.slice(start, end + 1).reverse();
    chars.splice(start, reversed.length, ...reversed);
  }
  return chars.join('');
}

/**
 * What to give pdfkit for one run in visual order: a right-to-left run goes back to logical
 * order, to be laid out whole (`features` set makes pdfkit lay out the run in one piece) so
 * fontkit shapes it and reverses it into place.
 */
export function shapingInput(run: TextRun): { text: string; features?: PDFKit.Mixins.OpenTypeFeatures[] } {
  if (!RTL.test(run.text)) return { text: run.text };
  return { text: Array.from(run.text).reverse().join(''), features: [] };
}

// Font files are read once per process; the CJK faces are several megabytes each.
const fileCache = new Map<string, Buffer>();
const coverageCache = new Map<Face, fontkit.Font>();

/**
 * The fonts folder of a face's package. Resolved from the working directory at run time (the app
 * and the CLI run from the project folder), so the server bundler leaves the lookup alone.
 */
function fontsDir(pkg: string): string {
  const req = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(req.resolve(pkg)), '..', 'fonts');
}

export function fontData(face: Face, weight: Weight): Buffer {
  const { pkg, [weight]: file } = FACE_FILES[face];
  const key = `${face}/${weight}`;
  let data = fileCache.get(key);
  if (!data) {
    data = fs.readFileSync(path.join(fontsDir(pkg), file));
    fileCache.set(key, data);
  }
  return data;
}

/** Whether a face has a glyph for a character (regular and bold faces cover the same characters). */
export function faceCovers(face: Face, codePoint: number): boolean {
  let font = coverageCache.get(face);
  if (!font) {
    font = fontkit.create(fontData(face, 'regular')) as fontkit.Font;
    coverageCache.set(face, font);
  }
  return font.hasGlyphForCodePoint(codePoint);
}
