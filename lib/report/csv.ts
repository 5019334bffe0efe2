// CSV report: one row per claim, RFC 4180 (CRLF, quoted fields) via csv-stringify, UTF-8 with a BOM
// so spreadsheet apps detect the encoding (Indonesian names, other scripts).

import { stringify } from 'csv-stringify/sync';

import { sourceCheckLine } from './source-check';
import { STATUS_LABELS, claimsInReadingOrder, evidenceLine, type ReportClaim, type ReportData } from './types';

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or tab / carriage return, which some of
 * them strip first) as a formula: `=cmd|' /C calc'!A0`. OWASP's advice: prefix such cells with an
 * apostrophe so they are shown as text. Numbers are left alone: they are ours, never user text.
 */
export function neutralizeCell(value: string | number): string | number {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows to RFC 4180 CSV text with the BOM; every cell neutralised. Shared with the summary CSV. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return stringify([header, ...rows].map((row) => row.map(neutralizeCell)), {
    bom: true,
    record_delimiter: 'windows', // RFC 4180 line ends; fields with comma, quote, CR or LF are quoted
  });
}

export const CLAIM_CSV_HEADER = [
  'Position',
  'Claim ID',
  'Speaker',
  'Role',
  'Kind',
  'Quote',
  'Sentence',
  'Status',
  'Note',
  'Evidence',
  'Last reviewer',
  'Last reviewed at',
  'Source check',
];

/** Evidence items one per line inside the cell: readable in a spreadsheet, lossless to parse. */
export function evidenceCell(claim: ReportClaim): string {
  return claim.evidence.map(evidenceLine).join('\n');
}

function claimRow(claim: ReportClaim): (string | number)[] {
  return [
    claim.position,
    claim.id,
    claim.speaker.name ?? '',
    claim.speaker.role ?? '',
    claim.kind,
    claim.text,
    claim.sentence,
    STATUS_LABELS[claim.status],
    claim.note ?? '',
    evidenceCell(claim),
    claim.lastReviewer ?? '',
    claim.lastReviewedAt ?? '',
    sourceCheckLine(claim.sourceCheck) ?? '',
  ];
}

export function renderCsv(data: ReportData): string {
  return toCsv(CLAIM_CSV_HEADER, claimsInReadingOrder(data).map(claimRow));
}
