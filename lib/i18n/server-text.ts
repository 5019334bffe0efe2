// Server messages as message keys. Pure lib/ code (zod schemas, the text rule, the publish rules)
// cannot know who will read a message, so it does not write English: it writes a KEY with its
// parameters, packed into the string that zod and the action wrapper already carry
// (`⟪server.validation.required {"label":"⟪server.fields.note⟫"}⟫`). The edge that knows the
// reader's language (the action wrapper for the UI and the JSON API, the CLI for its output)
// renders every packed key in the text with renderServerText(). Text around and between packed
// keys is left as it is, so a joined message ("A. B.") or a message not yet converted still reads.
import { createTranslator } from 'use-intl/core';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import { OPEN, type ServerValues } from './keyed';
import type { Locale } from './locales';

const MESSAGES = { en, id } as const;

// A packed key: ⟪key⟫ or ⟪key {json}⟫, where the JSON may hold packed keys itself (one level deep,
// which is all keyed() is used for: a field name inside a sentence).
const PACKED = /⟪([A-Za-z0-9_.]+)(?: (\{(?:[^⟪⟫]|⟪[^⟪⟫]*⟫)*\}))?⟫/g;

/** Renders every packed key in `text` in the locale's words; other text passes through. */
export function renderServerText(text: string, locale: Locale): string {
  if (!text.includes(OPEN)) return text;
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return text.replace(PACKED, (whole, key: string, json?: string) => {
    let values: ServerValues | undefined;
    if (json) {
      try {
        values = JSON.parse(json) as ServerValues;
      } catch {
        return whole;
      }
      for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'string') values[name] = renderServerText(value, locale);
      }
    }
    try {
      // The key was checked by `npm run i18n:check`; a typo still renders as the key, never throws.
      return (t as unknown as (k: string, v?: ServerValues) => string)(key, values);
    } catch {
      return key;
    }
  });
}

/** Renders field errors ({field: [packed, ...]}) in the locale. */
export function renderFieldErrors(fieldErrors: Record<string, string[]>, locale: Locale): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => renderServerText(m, locale))]));
}
