import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { sourceCheckLine } from './source-check';
import { CLAIM_CSV_HEADER, evidenceCell, neutralizeCell, renderCsv } from './csv';
import { FORMULA, hostileReport } from './fixtures';
import { STATUS_LABELS, claimsInReadingOrder } from './types';

/** Undo the neutralising apostrophe, only where the formatter adds one. */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

describe('neutralizeCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', FORMULA])('prefixes %j with an apostrophe', (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
  });
  it('leaves other text and numbers alone', () => {
    expect(neutralizeCell('Putin: "ya"')).toBe('Putin: "ya"');
    expect(neutralizeCell(-5)).toBe(-5);
  });
});

describe('renderCsv', () => {
  const data = hostileReport();
  const csv = renderCsv(data);
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });

  it('starts with a UTF-8 BOM and uses CRLF record separators', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFF\uFEFF')).toBe(false);
    expect(csv).toContain('Source check\r\n');
  });

  it('has the header and one row per claim', () => {
    expect(rows[0]).toEqual(CLAIM_CSV_HEADER);
    expect(rows).toHaveLength(data.claims.length + 1);
  });

  it('parses back to the input values (apart from the neutralising apostrophe), in reading order', () => {
    const expected = claimsInReadingOrder(data).map((c) => [
      String(c.position),
      String(c.id),
      c.speaker.name ?? '',
      c.speaker.role ?? '',
      c.kind,
      c.text,
      c.sentence,
      STATUS_LABELS[c.status],
      c.note ?? '',
      evidenceCell(c),
      c.lastReviewer ?? '',
      c.lastReviewedAt ?? '',
      sourceCheckLine(c.sourceCheck) ?? '',
    ]);
    expect(rows.slice(1).map((row) => row.map(unneutralize))).toEqual(expected);
  });

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('11')![3]).toBe("'-Ketua\tpartai");
    expect(byId.get('12')![10]).toBe("'@reviewer");
    expect(byId.get('14')![5]).toBe("'@everyone semua baik-baik saja");
    // A formula in the middle of a cell is plain text already and stays untouched.
    expect(byId.get('12')![5]).toContain(FORMULA);
  });

  it('keeps newlines, quotes, commas, RTL text and emoji in cells', () => {
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('11')![8]).toBe("'-1 point, \"quoted\", with commas,\r\nand a CRLF line");
    expect(byId.get('11')![2]).toContain('👍🏽🇮🇩');
    expect(byId.get('11')![5]).toContain('قال');
    expect(byId.get('12')![9].split('\n')).toHaveLength(2);
  });
});
