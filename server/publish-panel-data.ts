// What the article page's sign-off panel shows, from the database and PUBLIC_URL.
import 'server-only';
import { getDb } from '@/db/queries/connection';
import { getSignOffStatus } from '@/db/queries/publish';
import { parsePublicBaseUrl } from '@/lib/publish/rules';
import type { Blocker } from '@/lib/publish/rules';
import type { PublishPanelData } from '@/lib/publish/types';
import { renderServerText } from '@/lib/i18n/server-text';
import type { Locale } from '@/lib/i18n/locales';
import { requestLocale } from './request-locale';

/** Blockers carry packed message keys (lib/publish/rules.ts): the panel shows them in the reader's words. */
function rendered(blockers: Blocker[], locale: Locale): Blocker[] {
  return blockers.map((b) => ({ ...b, message: renderServerText(b.message, locale) }));
}

export async function publishPanelData(articleId: number): Promise<PublishPanelData> {
  const locale = await requestLocale();
  const status = getSignOffStatus(getDb(), { articleId });
  const pub = status.publication;
  const base = parsePublicBaseUrl(process.env.PUBLIC_URL);
  return {
    articleId,
    state: pub?.state ?? 'none',
    signedOff: pub ? { by: pub.signedOffByName, at: pub.signedOffAt, chainHead: pub.chainHead } : null,
    reopened: pub?.reopenedAt && pub.reopenedByName ? { by: pub.reopenedByName, at: pub.reopenedAt, reason: pub.reopenReason ?? '' } : null,
    published: pub?.published ?? false,
    publicUrl: pub?.publicUrl ?? null,
    unpublishedAt: pub?.unpublishedAt ?? null,
    signOffBlockers: rendered(status.signOffBlockers, locale),
    publishBlockers: rendered(status.publishBlockers, locale),
    changes: status.changes,
    publicUrlProblem: base.ok ? null : base.message,
  };
}
