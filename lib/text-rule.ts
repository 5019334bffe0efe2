// The one rule for every text the desk stores (titles, names, notes, URLs, evidence, speaker
// names, article metadata and text, user and token names), in the UI, the API and the command
// line alike. Pure and dependency-free, so the zod schemas (lib/validation.ts), the article
// import and client code can all share it:
// - no C0 control characters (NUL, ESC, ...) and no DEL or C1 controls: they are never part of
//   text a person typed, truncate strings in C-based tools that read exports, and hide text in
//   terminals. Multi-line fields (notes, article text) keep tabs and line ends (LF, CR).
// - no lone UTF-16 surrogates: they are not text, and SQLite, JSON and PDF writers mangle them.
// - a maximum length.
// Refused rather than stripped, so what is stored is exactly what was sent (after trimming the
// ends of single-line fields), and every refusal names the character and where it is.
// Messages are packed keys (lib/i18n/keyed.ts), rendered in the reader's language at the edge;
// `label` is a field name, itself a packed key (`keyed('server.fields.note')`) or plain text.
import { keyed } from './i18n/keyed';

const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextRule = { label: string; max: number; multiline?: boolean };

function describeChar(ch: string): string {
  const names: Record<string, string> = { '\u0000': 'nul', '\t': 'tab', '\n': 'lf', '\r': 'cr', '\u001b': 'esc', '\u007f': 'del' };
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return keyed('server.validation.character', { name: names[ch] ?? 'none', code });
}

/** A forbidden character in `value` (control or lone surrogate), described; null when none. */
export function characterProblem(value: string, rule: Omit<TextRule, 'max'>): string | null {
  const control = (rule.multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).exec(value);
  if (control) {
    return keyed('server.validation.controlCharacter', {
      label: rule.label,
      multiline: rule.multiline ? 'yes' : 'no',
      character: describeChar(control[0]),
      position: control.index + 1,
    });
  }
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return keyed('server.validation.loneSurrogate', { label: rule.label, position: surrogate.index + 1 });
  return null;
}

/** Why `value` may not be stored in a field with this rule, or null when it may. */
export function textProblem(value: string, rule: TextRule): string | null {
  const character = characterProblem(value, rule);
  if (character) return character;
  if (value.length > rule.max) return keyed('server.validation.tooLong', { label: rule.label, max: rule.max });
  return null;
}

