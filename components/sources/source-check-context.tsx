'use client';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ArticleSourceCheck } from '@/lib/sources/types';

type SourceCheckState = ArticleSourceCheck & { articleId: number; articleLanguage: string; canReview: boolean };

const SourceCheckContext = createContext<SourceCheckState | null>(null);

/**
 * Hands the article's source check (attached sources, per-claim matches, the same quote in other
 * articles) to the claim cards without threading it through the workspace. A server refresh
 * (after attaching a source) brings new data, which replaces the previous.
 */
export function SourceCheckProvider({ value, children }: { value: SourceCheckState; children: ReactNode }) {
  const [state, setState] = useState(value);
  const [from, setFrom] = useState(value);
  if (from !== value) {
    setFrom(value);
    setState(value);
  }
  return <SourceCheckContext.Provider value={state}>{children}</SourceCheckContext.Provider>;
}

/** The source check of the article on screen; null where a claim card is shown without one. */
export function useSourceCheck(): SourceCheckState | null {
  return useContext(SourceCheckContext);
}
