import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { claimCsvHeader, evidenceCell, neutralizeCell, renderCsv } from './csv';
import { FORMULA, hostileReport } from './fixtures';
import { claimsInReadingOrder, reportText } from './types';

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
  const csv = renderCsv(data, 'en');
  const text = reportText('en');
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });

  it('starts with a UTF-8 BOM and uses CRLF record separators', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFF\uFEFF')).toBe(false);
    expect(csv).toContain('Speaker confidence (%)\r\n');
  });

  it('has the header and one row per claim', () => {
    // The English header row is the one the desk always wrote (spreadsheets and scripts know it).
    expect(rows[0]).toEqual([
      'Position', 'Claim ID', 'Speaker', 'Role', 'Kind', 'Quote', 'Sentence', 'Status', 'Note', 'Evidence', 'Last reviewer', 'Last reviewed at', 'Source check',
      // added later, at the end, so earlier columns keep their places
      'Speaker kind', 'Speaker confidence (%)',
    ]);
    expect(claimCsvHeader('en')).toEqual(rows[0]);
    expect(rows).toHaveLength(data.claims.length + 1);
  });

  it('parses back to the input values (apart from the neutralising apostrophe), in reading order', () => {
    const expected = claimsInReadingOrder(data).map((c) => [
      String(c.position),
      String(c.id),
      c.speaker.name ?? '',
      c.speaker.role ?? '',
      text.kind(c.kind),
      c.text,
      c.sentence,
      text.status(c.status),
      c.note ?? '',
      evidenceCell(c),
      c.lastReviewer ?? '',
      c.lastReviewedAt ?? '',
      text.sourceCheckLine(c.sourceCheck) ?? '',
      c.speaker.type ? { person: 'Person', organization: 'Organisation', document: 'Document' }[c.speaker.type] : '',
      c.speakerByHand || c.speakerConfidence === undefined ? '' : String(Math.floor(c.speakerConfidence * 100)),
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

  it("gives the speaker's kind and the extractor's confidence as the card does: rounded down, empty when a person chose the speaker", () => {
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('12')!.slice(13)).toEqual(['Person', '93']);
    expect(byId.get('11')!.slice(13)).toEqual(['Person', '59']);
    expect(byId.get('13')!.slice(13)).toEqual(['Organisation', '']);
    expect(byId.get('14')!.slice(13)).toEqual(['', '']);
    const report = hostileReport();
    report.claims[2]!.speaker = { name: 'laporan itu', role: null, type: 'document' };
    const doc: string[][] = parse(renderCsv(report, 'id'), { bom: true });
    expect(new Map(doc.slice(1).map((r) => [r[1], r])).get('13')![13]).toBe('Dokumen');
  });

  it('keeps newlines, quotes, commas, RTL text and emoji in cells', () => {
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('11')![8]).toBe("'-1 point, \"quoted\", with commas,\r\nand a CRLF line");
    expect(byId.get('11')![2]).toContain('👍🏽🇮🇩');
    expect(byId.get('11')![5]).toContain('قال');
    expect(byId.get('12')![9].split('\n')).toHaveLength(2);
  });
});

describe('renderCsv in Indonesian', () => {
  const rows: string[][] = parse(renderCsv(hostileReport(), 'id'), { bom: true });

  it('has the Indonesian header row, status and kind names; ids, numbers and timestamps unchanged', () => {
    expect(rows[0]).toEqual(claimCsvHeader('id'));
    expect(rows[0].slice(0, 8)).toEqual(['Urutan', 'ID klaim', 'Narasumber', 'Jabatan', 'Jenis', 'Kutipan', 'Kalimat', 'Status']);
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('11')![7]).toBe('Dibantah');
    expect(byId.get('12')![7]).toBe('Terverifikasi');
    expect(byId.get('11')![4]).toBe('Klaim tidak langsung (dilaporkan)');
    expect(byId.get('12')![4]).toBe('Kutipan langsung');
    expect(byId.get('12')![11]).toBe('2026-11-24T10:15:00.000Z');
  });
});
