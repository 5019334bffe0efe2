// CSV report: one row per claim, RFC 4180 (CRLF, quoted fields) via csv-stringify, UTF-8 with a BOM
// so spreadsheet apps detect the encoding (Indonesian names, other scripts).

import { stringify } from 'csv-stringify/sync';

import { confidencePercent } from '../speaker-check';
import {
  REPORT_MESSAGES,
  claimsInReadingOrder,
  createTranslator,
  evidenceLine,
  reportText,
  type ReportClaim,
  type ReportData,
  type ReportLocale,
  type ReportText,
} from './types';

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

// The CSV is for people in a spreadsheet: its header row, status and kind are in the report's
// language (the English header row is the one the desk always wrote). Timestamps stay
// ISO 8601 UTC so a spreadsheet sorts them. Tools that parse reports should read the JSON, whose
// keys never change with the language.
/** The header row of the claims CSV in a language. */
export function claimCsvHeader(locale: ReportLocale): string[] {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  return [
    t('csv.position'),
    t('csv.claimId'),
    t('csv.speaker'),
    t('csv.role'),
    t('csv.kind'),
    t('csv.quote'),
    t('csv.sentence'),
    t('csv.status'),
    t('csv.note'),
    t('csv.evidence'),
    t('csv.lastReviewer'),
    t('csv.lastReviewedAt'),
    t('csv.sourceCheck'),
    t('csv.speakerKind'),
    t('csv.speakerConfidence'),
  ];
}

/** Evidence items one per line inside the cell: readable in a spreadsheet, lossless to parse. */
export function evidenceCell(claim: ReportClaim): string {
  return claim.evidence.map(evidenceLine).join('\n');
}

/** The extractor's confidence as a whole percentage (rounded down, as the card shows it); empty
 * when a person chose the speaker or the report was built without it. */
export function speakerConfidenceCell(claim: ReportClaim): number | string {
  if (claim.speakerByHand || claim.speakerConfidence === undefined) return '';
  return confidencePercent(claim.speakerConfidence);
}

function claimRow(claim: ReportClaim, text: ReportText, speakerType: (type: string) => string): (string | number)[] {
  return [
    claim.position,
    claim.id,
    claim.speaker.name ?? '',
    claim.speaker.role ?? '',
    text.kind(claim.kind),
    claim.text,
    claim.sentence,
    text.status(claim.status),
    claim.note ?? '',
    evidenceCell(claim),
    claim.lastReviewer ?? '',
    claim.lastReviewedAt ?? '',
    text.sourceCheckLine(claim.sourceCheck) ?? '',
    claim.speaker.type ? speakerType(claim.speaker.type) : '',
    speakerConfidenceCell(claim),
  ];
}

export function renderCsv(data: ReportData, locale: ReportLocale): string {
  const text = reportText(locale);
  // The interface's words for speaker kinds (Person / Organisation / Document), as on the speakers pages.
  const tc = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'common' });
  const speakerType = (type: string) => tc('speakerType', { type });
  return toCsv(claimCsvHeader(locale), claimsInReadingOrder(data).map((claim) => claimRow(claim, text, speakerType)));
}
