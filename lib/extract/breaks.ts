/**
 * Story breaks: a line that is only a separator ("___.", "* * *") or a time stamp ("10:25 p.m.")
 * opens a new entry of a live blog ("The Latest: …") or a new part of a story. A "he said" after
 * it means someone the new entry introduced, not the last speaker of the entry before, and a
 * quotation after it continues nobody's words from before it.
 */

const SEPARATOR = /^(?:[_*\-–—•=#~]\s*){3,}\.?$/;
const TIME_STAMP = /^\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:\([^)]*\))?\.?$/i;

/** Character offsets (ascending) of the lines that open a new entry. */
export function storyBreaks(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // only short lines can be a separator or a time stamp: no regex on ordinary paragraphs
    if (end - start <= 40) {
      const line = text.slice(start, end).trim();
      if (line.length >= 3 && (SEPARATOR.test(line) || TIME_STAMP.test(line))) out.push(start);
    }
    start = end + 1;
  }
  return out;
}
