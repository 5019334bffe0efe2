// What the article page's sign-off panel shows, from the database and PUBLIC_URL.
import 'server-only';
import { getDb } from '@/db/queries/connection';
import { getSignOffStatus } from '@/db/queries/publish';
import { parsePublicBaseUrl } from '@/lib/publish/rules';
import type { PublishPanelData } from '@/lib/publish/types';

export function publishPanelData(articleId: number): PublishPanelData {
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
    signOffBlockers: status.signOffBlockers,
    publishBlockers: status.publishBlockers,
    changes: status.changes,
    publicUrlProblem: base.ok ? null : base.message,
  };
}
