// The desk's rules for signing off and publishing a review. Pure functions over plain claim
// states, shared by the database layer (which enforces them) and the UI (which lists what is left).

import { STATUS_LABELS, type ReviewStatus } from '../vocab';
import { keyed } from '../i18n/keyed';

export type ClaimForSignOff = {
  id: number;
  position: number;
  status: ReviewStatus;
  explanation: string;
  setAsideReason: string | null;
};

export type Blocker = { claimId: number; position: number; message: string };

export function isSetAside(claim: Pick<ClaimForSignOff, 'setAsideReason'>): boolean {
  return Boolean(claim.setAsideReason?.trim());
}

/** Sign-off needs every claim concluded (any verdict) or explicitly set aside with a reason. */
export function signOffBlockers(claims: ClaimForSignOff[]): Blocker[] {
  return claims
    .filter((c) => c.status === 'unreviewed' && !isSetAside(c))
    .map((c) => ({ claimId: c.id, position: c.position, message: keyed('signOff.blocker.unreviewed', { position: c.position }) }));
}

/** Readers are told why a claim is disputed or lacks a source: those verdicts need a public explanation. */
export function needsExplanation(status: ReviewStatus): boolean {
  return status === 'disputed' || status === 'needs_source';
}

export function publishBlockers(claims: ClaimForSignOff[]): Blocker[] {
  return claims
    .filter((c) => !isSetAside(c) && needsExplanation(c.status) && c.explanation.trim() === '')
    .map((c) => ({
      claimId: c.id,
      position: c.position,
      message: keyed('signOff.blocker.needsExplanation', { position: c.position, status: c.status }),
    }));
}

export type VerdictChange = { claimId: number; position: number; fromStatus: ReviewStatus; toStatus: ReviewStatus };

/** Published verdicts that differ now: each one is printed as a correction and needs a note. */
export function verdictChanges(
  published: { id: number; status: ReviewStatus }[],
  current: ClaimForSignOff[],
): VerdictChange[] {
  const now = new Map(current.filter((c) => !isSetAside(c)).map((c) => [c.id, c]));
  const changes: VerdictChange[] = [];
  for (const p of published) {
    const c = now.get(p.id);
    if (c && c.status !== p.status) changes.push({ claimId: c.id, position: c.position, fromStatus: p.status, toStatus: c.status });
  }
  return changes;
}

/** "Updated 30 Nov 2026: was Verified, now Disputed, because …", the way newsrooms print corrections. */
export function correctionLine(c: { at: string; fromStatus: ReviewStatus; toStatus: ReviewStatus; note: string }): string {
  const note = c.note.trim().replace(/[.\s]+$/, '');
  return `Updated ${publicDate(c.at)}: was ${STATUS_LABELS[c.fromStatus]}, now ${STATUS_LABELS[c.toStatus]}, because ${note}.`;
}

/** "30 November 2026" (UTC): unambiguous for readers anywhere. */
export function publicDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * PUBLIC_URL → the public base URL without a trailing slash, or an explanation of what to set.
 * Only http(s) with a host, no query or fragment: the page URL is built by appending /p/<slug>.
 */
export function parsePublicBaseUrl(raw: string | undefined): { ok: true; base: string } | { ok: false; message: string } {
  const hint = 'Set PUBLIC_URL to the address readers use for this desk (for example https://factcheck.example.org) and restart the app.';
  const value = raw?.trim();
  if (!value) return { ok: false, message: `Publishing needs a public address. ${hint}` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `PUBLIC_URL is not a URL (${JSON.stringify(value)}). ${hint}` };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    return { ok: false, message: `PUBLIC_URL must be a plain http(s) address without query, fragment or credentials. ${hint}` };
  }
  return { ok: true, base: url.href.replace(/\/+$/, '') };
}

export function publicPageUrl(base: string, slug: string): string {
  return `${base}/p/${encodeURIComponent(slug)}`;
}
