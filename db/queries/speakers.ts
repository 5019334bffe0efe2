import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { speakers, type Speaker } from '../schema';
import type { SpeakerType } from '@/lib/vocab';
import { keyed } from '@/lib/i18n/keyed';

export function speakerKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Finds the speaker by name (case/space-insensitive) or creates it; records the mention as an
 * alias and fills role/type when they were unknown. Follows merges to the surviving speaker. */
export function upsertSpeaker(
  tx: Executor,
  { name, role, type, alias }: { name: string; role?: string | null; type?: SpeakerType | null; alias?: string | null },
): Speaker {
  const key = speakerKey(name);
  let found = tx.select().from(speakers).where(eq(speakers.nameKey, key)).all()[0];
  while (found?.mergedInto) {
    found = tx.select().from(speakers).where(eq(speakers.id, found.mergedInto)).all()[0];
  }
  if (!found) {
    const aliases = alias && speakerKey(alias) !== key ? [alias] : [];
    return tx
      .insert(speakers)
      .values({ name: name.trim(), nameKey: key, role: role ?? null, type: type ?? null, aliases: JSON.stringify(aliases) })
      .returning()
      .all()[0]!;
  }
  const aliases: string[] = JSON.parse(found.aliases);
  const newAlias = alias && speakerKey(alias) !== found.nameKey && !aliases.some((a) => speakerKey(a) === speakerKey(alias));
  const patch: Partial<Speaker> = {};
  if (newAlias) patch.aliases = JSON.stringify([...aliases, alias]);
  if (!found.role && role) patch.role = role;
  if (!found.type && type) patch.type = type;
  if (Object.keys(patch).length === 0) return found;
  tx.update(speakers).set(patch).where(eq(speakers.id, found.id)).run();
  return { ...found, ...patch };
}

export type SpeakerListItem = {
  id: number;
  name: string;
  role: string | null;
  type: SpeakerType | null;
  aliases: string[];
  claims: number;
  articles: number;
};

/** Speakers still in use (merged-away rows are history only) with their visible claims, most
 * quoted first; restricted to one article when `articleId` is given. */
export function listSpeakersWithCounts(db: Executor, { articleId }: { articleId?: number } = {}): SpeakerListItem[] {
  const inArticle = articleId === undefined ? sql`1 = 1` : sql`c.article_id = ${articleId}`;
  const rows = db.all<Omit<SpeakerListItem, 'aliases'> & { aliases: string }>(sql`
    select s.id as id, s.name as name, s.role as role, s.type as type, s.aliases as aliases,
      count(c.id) as claims, count(distinct c.article_id) as articles
    from speakers s join claims c on c.speaker_id = s.id and c.hidden = 0 and ${inArticle}
    where s.merged_into is null
    group by s.id
    order by count(c.id) desc, s.name asc`);
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}

/** Renames a speaker (and sets its role and kind when given); the old name becomes an alias so earlier mentions still resolve to it.
 * Refused when another speaker already has the new name (merge them instead). */
export function renameSpeaker(
  db: Executor,
  { speakerId, name, role, type }: { speakerId: number; name: string; role?: string | null; type?: SpeakerType | null },
): { ok: true; speaker: Speaker } | { ok: false; message: string } {
  const found = db.select().from(speakers).where(eq(speakers.id, speakerId)).all()[0];
  if (!found || found.mergedInto) return { ok: false, message: keyed('speakers.server.gone') };
  const key = speakerKey(name);
  const clash = db.select({ id: speakers.id }).from(speakers).where(and(eq(speakers.nameKey, key), ne(speakers.id, speakerId))).all()[0];
  if (clash) return { ok: false, message: keyed('speakers.server.clash', { name: name.trim() }) };
  const aliases: string[] = JSON.parse(found.aliases);
  if (speakerKey(found.name) !== key && !aliases.some((a) => speakerKey(a) === speakerKey(found.name))) aliases.push(found.name);
  const patch = {
    name: name.trim(),
    nameKey: key,
    aliases: JSON.stringify(aliases.filter((a) => speakerKey(a) !== key)),
    ...(role !== undefined ? { role } : {}),
    ...(type !== undefined ? { type } : {}),
  };
  db.update(speakers).set(patch).where(eq(speakers.id, speakerId)).run();
  return { ok: true, speaker: { ...found, ...patch } };
}
