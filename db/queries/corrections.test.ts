import { beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '@/db/queries/connection';
import { tempDatabasePerTest } from '@/test/temp-database';
import { insertArticleWithClaims, type NewClaim } from './articles';
import { listClaimEvents, verifyChain } from './audit';
import { getClaim, listArticleClaimOutline, listArticleClaims } from './claims';
import { addManualClaim, changeSpan, changeSpeaker, hideClaim, listHiddenClaims, mergeSpeakers, mergeWithNext, restoreClaim } from './corrections';
import { listSpeakersWithCounts, renameSpeaker } from './speakers';
import { selectorFor } from '@/lib/articles/text';
import { eq } from 'drizzle-orm';
import { claims } from '../schema';

const ACTOR = { id: null, name: 'Test Editor' };
const BODY = [
  '“We will keep the stalls open until noon,” said Lena Voss.',
  '“After that the quay will be washed,” said Lena Voss.',
  '“Our prices are fair,” said Ben Ashdown.',
  'The benches are too few for the crowds.',
].join('\n\n');

function claimOf(quote: string, speaker: string): NewClaim {
  const start = BODY.indexOf(quote);
  return {
    kind: 'direct',
    quote,
    start,
    end: start + quote.length,
    ...selectorFor(BODY, start, start + quote.length),
    speaker: { name: speaker, role: null, type: 'person' },
    speakerMention: null,
    cue: 'said',
    sentence: quote,
    confidence: 1,
    origin: 'extracted',
  };
}

const temp = tempDatabasePerTest('qd-corr-');
let db: DB;
let articleId: number;
beforeEach(() => {
  db = temp.db;
  articleId = insertArticleWithClaims(db, {
    article: { slug: 'm', title: 'M', outlet: null, url: null, language: 'en', publishedAt: null, body: BODY, contentHash: 'h', createdBy: null },
    items: [
      claimOf('We will keep the stalls open until noon,', 'Lena Voss'),
      claimOf('After that the quay will be washed,', 'Lena Voss'),
      claimOf('Our prices are fair,', 'Ben Ashdown'),
    ],
  }).id;
});

const visible = () => listArticleClaims(db, { articleId });
const actions = (claimId: number) => listClaimEvents(db, { claimId }).map((e) => e.action);

describe('corrections', () => {
  it('adds a claim from a selection, leaving out quotation marks and spaces, with an event', () => {
    const s = BODY.indexOf('The benches') - 2;
    const r = addManualClaim(db, { articleId, start: s, end: BODY.indexOf(' for the crowds'), kind: 'indirect', speaker: 'Residents', actor: ACTOR });
    expect(r.ok && r.claim).toMatchObject({ quote: 'The benches are too few', origin: 'manual', speaker: { name: 'Residents' } });
    if (r.ok) expect(actions(r.claim.id)).toEqual(['claim_added']);
    const again = addManualClaim(db, { articleId, start: s, end: BODY.indexOf(' for the crowds'), kind: 'indirect', speaker: null, actor: ACTOR });
    expect(again).toMatchObject({ ok: false, reason: 'rule' });
  });

  it('changes a speaker and a span, refusing a stale version', () => {
    const c = visible()[2]!;
    const r = changeSpeaker(db, { claimId: c.id, version: c.version, speaker: 'Benjamin Ashdown', actor: ACTOR });
    expect(r.ok && r.claim.speaker?.name).toBe('Benjamin Ashdown');
    expect(changeSpeaker(db, { claimId: c.id, version: c.version, speaker: 'X', actor: ACTOR })).toMatchObject({ ok: false, reason: 'conflict' });
    const now = getClaim(db, { claimId: c.id })!;
    const span = changeSpan(db, { claimId: c.id, version: now.version, start: now.start, end: now.start + 'Our prices'.length, actor: ACTOR });
    expect(span.ok && span.claim.quote).toBe('Our prices');
    expect(actions(c.id)).toEqual(['speaker_changed', 'span_changed']);
  });

  it('flags doubtful attributions in the outline only, and not once a person chose the speaker', () => {
    const [first, second] = visible();
    // as the extractor would have stored them: one doubtful, one exactly at the threshold
    db.update(claims).set({ confidence: 0.41 }).where(eq(claims.id, first!.id)).run();
    db.update(claims).set({ confidence: 0.6 }).where(eq(claims.id, second!.id)).run();
    const outline = () => new Map(listArticleClaimOutline(db, { articleId }).map((o) => [o.id, o]));
    expect(outline().get(first!.id)).toHaveProperty('unsureSpeaker', true);
    expect(outline().get(second!.id)).not.toHaveProperty('unsureSpeaker');
    expect(getClaim(db, { claimId: first!.id })).toMatchObject({ confidence: 0.41, unsureSpeaker: true, speakerByHand: false });
    changeSpeaker(db, { claimId: first!.id, version: first!.version, speaker: 'Ben Ashdown', actor: ACTOR });
    expect(outline().get(first!.id)).not.toHaveProperty('unsureSpeaker');
    expect(getClaim(db, { claimId: first!.id })).toMatchObject({ unsureSpeaker: false, speakerByHand: true });
  });

  it('marks a speaker chosen by a person (changed by hand, merged, or a claim added by hand)', () => {
    const byHand = () => new Map(visible().map((o) => [o.id, o.speakerByHand]));
    const [first, second, third] = visible();
    expect([...byHand().values()]).toEqual([false, false, false]);
    changeSpeaker(db, { claimId: third!.id, version: third!.version, speaker: 'Benjamin Ashdown', actor: ACTOR });
    expect(getClaim(db, { claimId: third!.id })!.speakerByHand).toBe(true);
    expect(byHand().get(first!.id)).toBe(false);
    const speakers = listSpeakersWithCounts(db);
    const lena = speakers.find((s) => s.name === 'Lena Voss')!;
    const ben = speakers.find((s) => s.name === 'Benjamin Ashdown')!;
    mergeSpeakers(db, { fromId: lena.id, intoId: ben.id, actor: ACTOR });
    expect(byHand().get(first!.id)).toBe(true);
    expect(byHand().get(second!.id)).toBe(true);
    const s = BODY.indexOf('The benches');
    const added = addManualClaim(db, { articleId, start: s, end: s + 'The benches are too few'.length, kind: 'indirect', speaker: null, actor: ACTOR });
    expect(added.ok && added.claim.speakerByHand).toBe(true);
  });

  it('hides and restores a claim, keeping it out of the visible list meanwhile', () => {
    const c = visible()[2]!;
    expect(hideClaim(db, { claimId: c.id, version: c.version, actor: ACTOR }).ok).toBe(true);
    expect(visible().map((x) => x.id)).not.toContain(c.id);
    expect(listHiddenClaims(db, { articleId })).toEqual([{ id: c.id, quote: 'Our prices are fair,', speaker: 'Ben Ashdown' }]);
    expect(restoreClaim(db, { claimId: c.id, actor: ACTOR }).ok).toBe(true);
    expect(visible().map((x) => x.id)).toContain(c.id);
    expect(actions(c.id)).toEqual(['claim_hidden', 'claim_restored']);
  });

  it('merges a quote with the next one of the same speaker, and refuses another speaker', () => {
    const [first, second] = visible();
    const r = mergeWithNext(db, { claimId: first!.id, version: first!.version, actor: ACTOR });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.claim.quote).toContain('After that the quay will be washed');
    expect(r.removed).toMatchObject({ id: second!.id, hidden: true });
    expect(visible()).toHaveLength(2);
    expect(mergeWithNext(db, { claimId: r.claim.id, version: r.claim.version, actor: ACTOR })).toMatchObject({ ok: false, reason: 'rule' });
    expect(verifyChain(db).intact).toBe(true);
  });
});

describe('speakers', () => {
  it('renames a speaker (old name becomes an alias) and merges speakers with one event per claim', () => {
    const ashdown = listSpeakersWithCounts(db).find((s) => s.name === 'Ben Ashdown')!;
    const voss = listSpeakersWithCounts(db).find((s) => s.name === 'Lena Voss')!;
    expect(voss.claims).toBe(2);
    expect(renameSpeaker(db, { speakerId: ashdown.id, name: 'Lena Voss' })).toMatchObject({ ok: false });
    expect(renameSpeaker(db, { speakerId: ashdown.id, name: 'Benjamin Ashdown' })).toMatchObject({ ok: true });
    // The kind changes only when given: a document, then back to "not known".
    expect(renameSpeaker(db, { speakerId: ashdown.id, name: 'Benjamin Ashdown', type: 'document' })).toMatchObject({ ok: true, speaker: { type: 'document' } });
    expect(listSpeakersWithCounts(db).find((s) => s.id === ashdown.id)!.type).toBe('document');
    renameSpeaker(db, { speakerId: ashdown.id, name: 'Benjamin Ashdown' });
    expect(listSpeakersWithCounts(db).find((s) => s.id === ashdown.id)!.type).toBe('document');
    renameSpeaker(db, { speakerId: ashdown.id, name: 'Benjamin Ashdown', type: null });
    expect(listSpeakersWithCounts(db).find((s) => s.id === ashdown.id)!.type).toBeNull();
    expect(mergeSpeakers(db, { fromId: voss.id, intoId: ashdown.id, actor: ACTOR })).toEqual({ ok: true, moved: 2 });
    const list = listSpeakersWithCounts(db, { articleId });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Benjamin Ashdown', claims: 3 });
    expect(list[0]!.aliases).toEqual(expect.arrayContaining(['Ben Ashdown', 'Lena Voss']));
    const moved = visible()[0]!;
    const last = listClaimEvents(db, { claimId: moved.id }).at(-1)!;
    expect(last.action).toBe('speaker_changed');
    expect(JSON.parse(last.detail!)).toEqual({ from: 'Lena Voss', to: 'Benjamin Ashdown', reason: 'speakers merged' });
  });
});
