'use client';
// Placeholder: "Add claim" from a text selection in the article replaces this file.
import type { RefObject } from 'react';
import type { ClaimView } from '@/lib/claim-types';

export function AddClaimFromSelection(_props: {
  articleId: number;
  body: string;
  articleRef: RefObject<HTMLElement | null>;
  canReview: boolean;
  onAdded: (c: ClaimView) => void;
}) {
  return null;
}
