// The words of a report in its language: headings, labels, status names and sentences come from
// the `report` namespace of the same message files the interface uses (messages/<locale>.json,
// ICU MessageFormat, formatted with formatjs' intl-messageformat, the library next-intl builds
// on), and dates and numbers are formatted by Intl for the locale. Pure: JSON data and Intl only.

import { IntlMessageFormat } from 'intl-messageformat';

import en from '../../messages/en.json';
import id from '../../messages/id.json';
import type { ReviewStatus } from '../vocab';
import type { ReportLocale } from './locales';

export { REPORT_LOCALES, isReportLocale, type ReportLocale } from './locales';

type ReportMessages = typeof en.report;

// `satisfies` makes the type checker refuse an Indonesian file that lacks a key English has; the
// unit test checks the other direction (no key only in Indonesian).
const MESSAGES = { en: en.report, id: id.report satisfies ReportMessages } as const;

/** 'field.outlet' | 'title' | … : every message key of the namespace, as a dotted path. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ReportMessageKey = Leaves<ReportMessages>;

export type MessageValues = Record<string, string | number>;

/** The report's message tree for a locale (the JSON report lists its status labels from it). */
export function reportMessages(locale: ReportLocale): ReportMessages {
  return MESSAGES[locale];
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Everything a formatter needs to put words, dates and numbers on the page in one language. */
export interface ReportText {
  locale: ReportLocale;
  /** A message of the `report` namespace with its {placeholders} filled in. */
  t(key: ReportMessageKey, values?: MessageValues): string;
  status(status: ReviewStatus): string;
  kind(kind: 'direct' | 'indirect'): string;
  /** A history action; an action this version has no words for is spelled out from its id. */
  action(action: string): string;
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
}

/** 'evidence_added' → 'Evidence added': history actions are an open vocabulary. */
export function actionLabel(action: string): string {
  const words = action.replace(/_/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : action;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function createReportText(locale: ReportLocale): ReportText {
  const messages = MESSAGES[locale];
  const compiled = new Map<string, IntlMessageFormat>();
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const scores = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });

  function t(key: ReportMessageKey, values?: MessageValues): string {
    let format = compiled.get(key);
    if (!format) {
      const source = lookup(messages, key);
      // Unreachable for a typed key; a loud failure beats a report with a blank where a label was.
      if (source === undefined) throw new Error(`Missing report message "${key}" for locale ${locale}.`);
      format = new IntlMessageFormat(source, locale);
      compiled.set(key, format);
    }
    return String(format.format(values));
  }

  function date(value: string): string {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : dateOnly.format(ms);
  }

  return {
    locale,
    t,
    status: (status) => messages.status[status],
    kind: (kind) => messages.kind[kind],
    action: (action) => lookup(messages.action, action) ?? actionLabel(action),
    timestamp(value) {
      if (DATE_ONLY.test(value)) return date(value); // a published date: no invented midnight
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? value : `${dateTime.format(ms)} UTC`;
    },
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
    unknownSpeaker: messages.unknownSpeaker,
  };
}

const CACHE = new Map<ReportLocale, ReportText>();

/** The (cached) words and formats of one report language. */
export function reportText(locale: ReportLocale): ReportText {
  let text = CACHE.get(locale);
  if (!text) {
    text = createReportText(locale);
    CACHE.set(locale, text);
  }
  return text;
}
