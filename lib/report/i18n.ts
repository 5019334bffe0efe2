// The words of a report in its language: headings, labels, status names and sentences come from
// the `report` namespace of the same message files the interface uses (messages/<locale>.json,
// ICU MessageFormat, formatted by use-intl's createTranslator, as next-intl does for the pages),
// and dates and numbers are formatted by Intl for the locale. Pure: JSON data and Intl only.
//
// Each formatter makes its own translator with
//   const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
// (written out, so `npm run i18n:check` sees which keys it uses) and takes dates, numbers and the
// names of statuses, kinds and actions from reportText(locale).

import { createTranslator, type _Translator } from 'use-intl/core';

import en from '../../messages/en.json';
import id from '../../messages/id.json';
import { eventLabel, type ReviewStatus } from '../vocab';
import type { ReportLocale } from './locales';
import type { ReportData, ReportSignOff, ReportSourceCheck } from './types';

export { REPORT_LOCALES, isReportLocale, type ReportLocale } from './locales';
export { createTranslator };

type Messages = typeof en;

/** The message files (the type checker refuses an Indonesian file that lacks a key English has). */
export const REPORT_MESSAGES: Record<ReportLocale, Messages> = { en, id };

/** A translator bound to the `report` namespace. */
export type ReportTranslator = _Translator<Messages, 'report'>;

/** Dates, numbers and the names of the report's vocabularies in one language. */
export interface ReportText {
  locale: ReportLocale;
  status(status: ReviewStatus): string;
  kind(kind: 'direct' | 'indirect'): string;
  /** A history action; an action this version has no words for is spelled out from its id. */
  action(action: string): string;
  verdict(verdict: 'exact' | 'close' | 'altered' | 'not_found'): string;
  /** A timestamp with date and time (UTC); a bare date stays a date; unparseable input unchanged. */
  timestamp(value: string): string;
  /** A calendar date; unparseable input unchanged. */
  date(value: string): string;
  number(value: number): string;
  /** A match score with two decimals in the locale's notation (0.92 / 0,92). */
  score(value: number): string;
  /** The name of a language (an ISO code such as 'id') in the report's language, with the code. */
  languageName(code: string): string;
  unknownSpeaker: string;
  /** The history-chain check in a sentence. */
  chainSentence(chain: ReportData['chain']): string;
  /** "Signed off by … at …, history chain …" and, after a reopen, when and why it was reopened. */
  signOffSentences(signOff: ReportSignOff | null | undefined): string[];
  /** "<when> by <name> (<email>)". */
  generatedLine(data: ReportData): string;
  /** "<reviewer> at <when>", the reviewer alone without a time, or null when never reviewed. */
  lastReviewedLine(claim: { lastReviewer: string | null; lastReviewedAt: string | null }): string | null;
  /** "altered (score 0.92) in <source>; only in the quote: …", or null when the claim has none. */
  sourceCheckLine(sc: ReportSourceCheck | null | undefined, options?: { withUrl?: boolean }): string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "Name (email)", or just the name for the command line and API tokens, which have no email. */
export function generatedByLine(by: { name: string; email: string }): string {
  return by.email ? `${by.name} (${by.email})` : by.name;
}

function createReportText(locale: ReportLocale): ReportText {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  // Event names are the interface's own (common.event), so a report and the claim history agree.
  const tc = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'common' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const scores = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });

  function date(value: string): string {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : dateOnly.format(ms);
  }

  function timestamp(value: string): string {
    if (DATE_ONLY.test(value)) return date(value); // a published date: no invented midnight
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : `${dateTime.format(ms)} UTC`;
  }

  function chainSentence(chain: ReportData['chain']): string {
    if (chain.intact) return t('chain.intact', { count: chain.checked });
    const where = chain.firstBadEventId === null ? t('chain.unknownEvent') : t('chain.event', { id: chain.firstBadEventId });
    return t('chain.broken', { where, count: chain.checked });
  }

  function signOffSentences(signOff: ReportSignOff | null | undefined): string[] {
    if (!signOff) return [t('signOff.none')];
    const reopened = signOff.reopened;
    const signed = { by: signOff.by, at: timestamp(signOff.at), chainHead: signOff.chainHead };
    if (!reopened) return [t('signOff.signed', signed)];
    // A reopen after the last sign-off means the review is open again; one before it is history.
    const reopenAfter = Date.parse(reopened.at) >= Date.parse(signOff.at);
    const reopen = { by: reopened.by, at: timestamp(reopened.at), reason: reopened.reason };
    return reopenAfter && signOff.state === 'reopened'
      ? [t('signOff.previously', signed), t('signOff.reopenedOpen', reopen)]
      : [t('signOff.reopened', reopen), t('signOff.signed', signed)];
  }

  function sourceCheckLine(sc: ReportSourceCheck | null | undefined, { withUrl = true } = {}): string | null {
    if (!sc) return null;
    const where = sc.source ? `${sc.source.title}${withUrl && sc.source.url ? ` <${sc.source.url}>` : ''}` : t('sourceCheck.attachedSources');
    if (sc.verdict === null) return t('sourceCheck.byHand', { where });
    const verdict = t('verdict', { verdict: sc.verdict });
    const parts = [
      sc.score !== null
        ? t('sourceCheck.verdictScore', { verdict, score: scores.format(sc.score), where })
        : t('sourceCheck.verdictOnly', { verdict, where }),
    ];
    if (sc.quoteOnly.length) parts.push(t('sourceCheck.quoteOnly', { words: sc.quoteOnly.join(' ') }));
    if (sc.sourceOnly.length) parts.push(t('sourceCheck.sourceOnly', { words: sc.sourceOnly.join(' ') }));
    if (sc.usedAsEvidence) parts.push(t('sourceCheck.usedAsEvidence'));
    return parts.join('; ');
  }

  return {
    locale,
    chainSentence,
    signOffSentences,
    sourceCheckLine,
    generatedLine: (data) => t('generatedBy', { when: timestamp(data.generatedAt), who: generatedByLine(data.generatedBy) }),
    lastReviewedLine: (claim) =>
      !claim.lastReviewer
        ? null
        : claim.lastReviewedAt
          ? t('reviewedAt', { who: claim.lastReviewer, when: timestamp(claim.lastReviewedAt) })
          : claim.lastReviewer,
    status: (status) => t('status', { status }),
    kind: (kind) => t('kind', { kind }),
    action: (action) => tc('event', { action, fallback: eventLabel(action) }),
    verdict: (verdict) => t('verdict', { verdict }),
    timestamp,
    date,
    number: (value) => numbers.format(value),
    score: (value) => scores.format(value),
    languageName(code) {
      let name = code;
      try {
        name = languages.of(code) ?? code;
      } catch {
        // Not a well-formed language tag: show it as stored.
      }
      return name === code ? code : `${name} (${code})`;
    },
    unknownSpeaker: t('unknownSpeaker'),
  };
}

const CACHE = new Map<ReportLocale, ReportText>();

/** The (cached) formats and vocabulary names of one report language. */
export function reportText(locale: ReportLocale): ReportText {
  let text = CACHE.get(locale);
  if (!text) {
    text = createReportText(locale);
    CACHE.set(locale, text);
  }
  return text;
}
