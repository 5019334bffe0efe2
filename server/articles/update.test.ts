import { beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '@/db/queries/connection';
import { tempDatabasePerTest } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from '@/db/queries/articles';
import { listClaimEvents } from '@/db/queries/audit';
import { listArticleClaims } from '@/db/queries/claims';
import { hideClaim } from '@/db/queries/corrections';
import { saveReview } from '@/db/queries/reviews';
import { listArticleVersions } from '@/db/queries/versions';
import { contentHash, selectorFor } from '@/lib/articles/text';
import { importOrUpdate, updateArticleText } from './update';

const ACTOR = { id: null, name: 'Test Editor' };

const P = {
  intro: 'The ferry timetable changes next month, the operator announced.',
  lindqvist: '“We will add a late sailing on Fridays,” said operations chief Marta Lindqvist.',
  okafor: '“Fares will stay the same for pensioners,” said councillor Dev Okafor.',
  welcome: 'Passengers gave the plan a mixed welcome.',
  brooks: '“The old boats are simply too slow for this crossing,” said engineer Hannah Brooks.',
  trivia: 'The boat is called “Sea Lark” by the crew.',
};

function claimAt(body: string, quote: string, speaker: string): NewClaim {
  const start = body.indexOf(quote);
  const end = start + quote.length;
  return {
    kind: 'direct',
    quote,
    start,
    end,
    ...selectorFor(body, start, end),
    speaker: { name: speaker, role: null, type: 'person' },
    speakerMention: null,
    cue: 'said',
    sentence: quote,
    confidence: 1,
    origin: 'extracted',
  };
}

const temp = tempDatabasePerTest('qd-update-');
let db: DB;
beforeEach(() => {
  db = temp.db;
});

/** Version 1 with four stored claims, three of them reviewed as Needs source, "Sea Lark" hidden. */
function seed() {
  const body = [P.intro, P.lindqvist, P.okafor, P.welcome, P.brooks, P.trivia].join('\n\n');
  const article = insertArticleWithClaims(db, {
    article: { slug: 'ferry', title: 'Ferry', outlet: null, url: 'https://example.org/ferry', language: 'en', publishedAt: null, body, contentHash: contentHash(body), createdBy: null },
    items: [
      claimAt(body, 'We will add a late sailing on Fridays,', 'Marta Lindqvist'),
      claimAt(body, 'Fares will stay the same for pensioners,', 'Dev Okafor'),
      claimAt(body, 'The old boats are simply too slow for this crossing,', 'Hannah Brooks'),
      claimAt(body, 'Sea Lark', 'Unknown crew'),
    ],
  });
  const claims = listArticleClaims(db, { articleId: article.id });
  const byQuote = (q: string) => claims.find((c) => c.quote.startsWith(q))!;
  for (const q of ['We will add', 'Fares will', 'The old boats']) {
    const c = byQuote(q);
    expect(saveReview(db, { claimId: c.id, status: 'needs_source', version: c.version, actor: ACTOR }).ok).toBe(true);
  }
  const lark = byQuote('Sea Lark');
  expect(hideClaim(db, { claimId: lark.id, version: lark.version, actor: ACTOR }).ok).toBe(true);
  return { article, byQuote };
}

describe('updateArticleText', () => {
  it('keeps moved reviews, sends reworded and removed claims back to Unreviewed with an event, and records the version', () => {
    const { article, byQuote } = seed();
    const next = [P.intro, P.brooks, P.lindqvist.replace('a late sailing on Fridays', 'two late sailings on Fridays and Saturdays'), P.welcome, P.trivia].join('\n\n');
    const result = updateArticleText(db, { articleId: article.id, body: next, actor: ACTOR });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(2);
    expect(result.counts).toMatchObject({ moved: 1, changed: 1, missing: 1 });

    const all = listArticleClaims(db, { articleId: article.id, includeHidden: true });
    const find = (q: string) => all.find((c) => c.quote.startsWith(q))!;
    const brooks = find('The old boats');
    expect(brooks).toMatchObject({ anchor: 'moved', status: 'needs_source' });
    expect(next.slice(brooks.start, brooks.end)).toBe(brooks.quote);
    const lind = find('We will add two late sailings');
    expect(lind).toMatchObject({ anchor: 'changed', status: 'unreviewed', quote: 'We will add two late sailings on Fridays and Saturdays,' });
    expect(find('Fares will')).toMatchObject({ anchor: 'missing', status: 'unreviewed' });

    const lindEvents = listClaimEvents(db, { claimId: lind.id });
    expect(lindEvents.at(-1)).toMatchObject({ action: 'reanchored', fromStatus: 'needs_source', toStatus: 'unreviewed' });
    expect(JSON.parse(lindEvents.at(-1)!.detail!)).toMatchObject({ anchor: 'changed', oldQuote: 'We will add a late sailing on Fridays,' });
    // Version bumped so open pages notice.
    expect(lind.version).toBeGreaterThan(byQuote('We will add').version);

    // A quote marked "Not a claim" stays hidden and is not re-added as new.
    const larks = all.filter((c) => c.quote.includes('Sea Lark'));
    expect(larks.every((c) => c.hidden)).toBe(true);

    expect(listArticleVersions(db, { articleId: article.id }).map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses the same text and a text that is another article', () => {
    const { article } = seed();
    const current = listArticleVersions(db, { articleId: article.id });
    expect(current).toHaveLength(1);
    const body = [P.intro, P.lindqvist, P.okafor, P.welcome, P.brooks, P.trivia].join('\n\n');
    expect(updateArticleText(db, { articleId: article.id, body, actor: ACTOR })).toEqual({ ok: false, reason: 'same_text' });
    const other = importOrUpdate(db, { body: 'A different story entirely.', title: 'Other', actor: ACTOR });
    expect(other.kind).toBe('created');
    expect(updateArticleText(db, { articleId: article.id, body: 'A different story entirely.', actor: ACTOR })).toMatchObject({ ok: false, reason: 'other_article' });
  });
});

describe('importOrUpdate', () => {
  it('treats the same text as a duplicate and new text for a known URL as a new version', () => {
    const { article } = seed();
    const again = importOrUpdate(db, { body: [P.intro, P.lindqvist, P.okafor, P.welcome, P.brooks, P.trivia].join('\n\n'), title: 'x', actor: ACTOR });
    expect(again).toMatchObject({ kind: 'duplicate', claims: 3 });
    expect(again.article.id).toBe(article.id);
    const updated = importOrUpdate(db, { body: [P.intro, P.lindqvist].join('\n\n'), title: 'x', url: 'https://example.org/ferry', actor: ACTOR });
    expect(updated).toMatchObject({ kind: 'updated', version: 2 });
    expect(updated.article.id).toBe(article.id);
  });
});
