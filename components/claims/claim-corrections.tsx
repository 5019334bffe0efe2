'use client';
// Placeholder: claim corrections (change speaker, adjust span, not a claim, merge) replace this file.
import type { ClaimView } from '@/lib/claim-types';

export function ClaimCorrections(_props: { claim: ClaimView; canReview: boolean; onChanged: (c: ClaimView) => void }) {
  return null;
}
