/**
 * One role per person across an article's claims. The role is read where a claim names its
 * source ("said Priya Nandakumar, chief executive of Northline Rail"); a later "she said" or
 * "Nandakumar added" carries none. When an article gives a speaker exactly one role, the
 * speaker's other claims show it too. Roles that disagree stay as they were read, and a role
 * that looks misread (a comma, often a clause read on past the role; a date; a dateline's
 * dash; a short word) is not spread.
 */
import type { ExtractedClaim } from './types';

export function unifyRoles(claims: ExtractedClaim[]): void {
  // speaker → the one role read for it, or null once two different roles are seen
  const roles = new Map<string, string | null>();
  for (const c of claims) {
    if (!c.speaker || !c.speakerRole) continue;
    const seen = roles.get(c.speaker);
    if (seen === undefined) roles.set(c.speaker, c.speakerRole);
    else if (seen !== null && seen !== c.speakerRole) roles.set(c.speaker, null);
  }
  for (const c of claims) {
    if (!c.speaker || c.speakerRole) continue;
    const role = roles.get(c.speaker);
    if (role && spreads(role)) c.speakerRole = role;
  }
}

/** A role worth repeating: a few letters, no comma, digit or dash (a dateline or a date read as a role is not). */
function spreads(role: string): boolean {
  return role.length >= 4 && /\p{L}/u.test(role) && !/[,\d—–]|--/u.test(role);
}
