'use client';
// Parts of a claim card that only appear after the reviewer asks for them: the corrections and
// the public explanation of the open card, a source comparison and the viewer for linking a
// translated passage. They are loaded as chunks of their own instead of with the page, which
// keeps the review page's first-load JavaScript within its budget (README, Review page
// JavaScript). usePreloadOnDemand fetches them once the page is idle after loading, so opening a
// card does not wait for the network. (The history panel stays in the page: it says "Loading…"
// the moment it is opened, which people and the e2e specs wait on, and it is small.)
import { lazy, Suspense, useEffect, type ComponentType } from 'react';

const loadCorrections = () => import('./claim-corrections').then((m) => ({ default: m.ClaimCorrections }));
const loadPublicExplanation = () => import('./public-explanation-field').then((m) => ({ default: m.PublicExplanationField }));
const loadComparison = () => import('@/components/sources/source-comparison').then((m) => ({ default: m.SourceComparison }));
const loadViewer = () => import('@/components/sources/source-viewer').then((m) => ({ default: m.SourceViewer }));

/**
 * A component loaded the first time it renders; nothing shows in its place meanwhile (a few
 * milliseconds once preloaded). React.lazy rather than next/dynamic, whose loader runtime would
 * itself add about 2 KB gzip to the page.
 */
function onDemand<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const Lazy = lazy(load);
  function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

export const ClaimCorrections = onDemand(loadCorrections);
export const PublicExplanationField = onDemand(loadPublicExplanation);
export const SourceComparison = onDemand(loadComparison);
export const SourceViewer = onDemand(loadViewer);

/** Fetches the on-demand parts when the browser is idle after the page has loaded. */
export function usePreloadOnDemand(): void {
  useEffect(() => {
    const preload = () => {
      for (const load of [loadCorrections, loadPublicExplanation, loadComparison, loadViewer]) void load().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(preload, 200);
    return () => window.clearTimeout(timer);
  }, []);
}
