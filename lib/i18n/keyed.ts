// Packing a message key into a string (see lib/i18n/server-text.ts for why and how it is rendered).
// A module of its own, without the message files, so code that only packs keys (zod schemas) does
// not carry both languages' messages with it.

export const OPEN = '⟪';
export const CLOSE = '⟫';

export type ServerValues = Record<string, string | number>;

/**
 * A message key (e.g. `server.validation.required`) with its values, packed for rendering at the
 * edge. A value may itself be a packed key (a field's name: `keyed('server.fields.note')`).
 */
export function keyed(key: string, values?: ServerValues): string {
  return values ? `${OPEN}${key} ${JSON.stringify(values)}${CLOSE}` : `${OPEN}${key}${CLOSE}`;
}
