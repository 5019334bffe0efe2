import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { speakers, type Speaker } from '../schema';
import type { SpeakerType } from '@/lib/vocab';

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
