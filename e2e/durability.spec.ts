// Durability under concurrency and crashes, against servers these tests own (never the shared one):
// every acknowledged review is stored and audited exactly once, every refused one leaves no trace,
// and a SIGKILL in the middle of a burst loses nothing that was acknowledged.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import {
  checkDatabase,
  createToken,
  prepareDatabase,
  removeDatabase,
  startServer,
  type OwnServer,
} from './support/own-server';

type ApiClaim = { id: number; version: number; status: string; note: string };
type Outcome = { client: number; claimId: number; note: string; status: string; http: number | 'no-answer'; version?: number };

const STATUSES = ['needs_source', 'disputed', 'unreviewed'] as const;

async function listClaims(server: OwnServer, token: string): Promise<ApiClaim[]> {
  const res = await fetch(`${server.baseURL}/api/articles/1/claims`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { claims: ApiClaim[] }).claims;
}

async function patchReview(
  server: OwnServer,
  token: string,
  claimId: number,
  body: Record<string, unknown>,
): Promise<{ http: number; json: { version?: number; current?: { version: number } } }> {
  const res = await fetch(`${server.baseURL}/api/claims/${claimId}/review`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { http: res.status, json: (await res.json()) as { version?: number; current?: { version: number } } };
}

/** Events whose note is exactly this text (every request in these tests sends a unique note). */
function eventsWithNote(db: Database.Database, note: string): number {
  return (db.prepare('SELECT count(*) AS n FROM review_events WHERE note = ?').get(note) as { n: number }).n;
}

test.describe.configure({ mode: 'serial' });

test('20 concurrent reviewers on shared claims: every 200 is stored and audited once, every 409/400 leaves no trace', async () => {
  // Own servers start through `npm start`'s entry (build check, migration, in-process Next.js):
  // slower than a bare `next start` on a loaded machine.
  test.setTimeout(240_000);
  const dbPath = prepareDatabase('lost');
  const token = createToken(dbPath, 'reviewer', 'Load client');
  const server = await startServer({ dbPath });
  const outcomes: Outcome[] = [];
  try {
    const claims = await listClaims(server, token);
    // Six claims shared by twenty clients: most saves race someone else's.
    const pool = claims.slice(0, 6);
    const initialVersion = new Map(pool.map((c) => [c.id, c.version]));

    const client = async (i: number) => {
      const known = new Map(initialVersion);
      for (let j = 0; j < 15; j++) {
        const claim = pool[(i + j) % pool.length]!;
        const note = `lost-check c${i} r${j}`;
        // Every fifth save breaks the desk's rule (Verified needs evidence): a 400 that must not be stored.
        const status = j % 5 === 4 ? 'verified' : STATUSES[(i + j) % STATUSES.length]!;
        // Every seventh save deliberately names the first version it ever saw: stale once anyone saved.
        const version = j % 7 === 6 ? initialVersion.get(claim.id)! : known.get(claim.id)!;
        const { http, json } = await patchReview(server, token, claim.id, { status, note, version });
        outcomes.push({ client: i, claimId: claim.id, note, status, http, version: json.version });
        if (http === 200 && json.version) known.set(claim.id, json.version);
        if (http === 409 && json.current) known.set(claim.id, json.current.version);
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => client(i)));

    const byCode = (code: number) => outcomes.filter((o) => o.http === code);
    expect(outcomes).toHaveLength(300);
    // In the race a rule-breaking save may meet a newer version first (409) or not (400): how many
    // of each depends on the machine's timing. Once the race is over, one that names the current
    // version must be refused for the rule, and leave no trace either.
    const current = (await listClaims(server, token)).find((c) => c.id === pool[0]!.id)!;
    const ruleNote = 'lost-check rule-breaker after the race';
    const ruleBreak = await patchReview(server, token, current.id, { status: 'verified', note: ruleNote, version: current.version });
    outcomes.push({ client: -1, claimId: current.id, note: ruleNote, status: 'verified', http: ruleBreak.http, version: ruleBreak.json.version });
    expect(ruleBreak.http).toBe(400);
    expect(outcomes.filter((o) => ![200, 400, 409].includes(o.http as number)), 'only 200, 400 and 409 answers').toEqual([]);
    expect(byCode(200).length).toBeGreaterThan(0);
    expect(byCode(409).length).toBeGreaterThan(0);

    // The versions handed out for one claim are consecutive and never handed out twice: no
    // acknowledged save was silently overwritten by a racing one.
    for (const c of pool) {
      const acked = byCode(200).filter((o) => o.claimId === c.id).map((o) => o.version!).sort((a, b) => a - b);
      const start = initialVersion.get(c.id)!;
      expect(acked).toEqual(acked.map((_, k) => start + k + 1));
    }

    await server.stop();
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      for (const o of outcomes) {
        expect(eventsWithNote(db, o.note), `${o.note} answered ${o.http}`).toBe(o.http === 200 ? 1 : 0);
      }
      for (const c of pool) {
        const acked = byCode(200).filter((o) => o.claimId === c.id);
        const last = acked.sort((a, b) => b.version! - a.version!)[0];
        const row = db.prepare('SELECT note, status, version FROM reviews WHERE claim_id = ?').get(c.id) as ApiClaim;
        expect(row.version).toBe(initialVersion.get(c.id)! + acked.length);
        if (last) expect(row).toMatchObject({ note: last.note, status: last.status });
      }
    } finally {
      db.close();
    }
    const check = checkDatabase(dbPath);
    expect(check.integrity).toBe('ok');
    expect(check.chain).toMatchObject({ intact: true, firstBadEventId: null });
    expect(check.chain.checked).toBe(byCode(200).length);
  } finally {
    await server.stop();
    removeDatabase(dbPath);
  }
});

test('SIGKILL in the middle of a burst: every acknowledged update survives the restart, and the database is intact', async () => {
  // Own servers start through `npm start`'s entry (build check, migration, in-process Next.js):
  // slower than a bare `next start` on a loaded machine.
  test.setTimeout(240_000);
  const dbPath = prepareDatabase('crash');
  const token = createToken(dbPath, 'reviewer', 'Crash client');
  const server = await startServer({ dbPath });
  const outcomes: Outcome[] = [];
  let restarted: OwnServer | undefined;
  try {
    const claims = await listClaims(server, token);
    let acked = 0;
    let killing: Promise<void> | undefined;

    // Ten clients, one claim each, chaining versions; the kill lands after 120 acknowledgements,
    // while the other clients' requests are in flight.
    const client = async (i: number) => {
      const claim = claims[i]!;
      let version = claim.version;
      for (let j = 0; j < 200 && !killing; j++) {
        const note = `crash-check c${i} r${j}`;
        const status = STATUSES[j % STATUSES.length]!;
        try {
          const { http, json } = await patchReview(server, token, claim.id, { status, note, version });
          outcomes.push({ client: i, claimId: claim.id, note, status, http, version: json.version });
          if (http !== 200) break;
          version = json.version!;
          if (++acked === 120) killing = server.kill();
        } catch {
          // The connection died with the server: this update may or may not have been committed.
          outcomes.push({ client: i, claimId: claim.id, note, status, http: 'no-answer' });
          break;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, (_, i) => client(i)));
    expect(killing, 'the server was killed mid-burst').toBeDefined();
    await killing;

    const acknowledged = outcomes.filter((o) => o.http === 200);
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);
    expect(outcomes.filter((o) => o.http !== 200 && o.http !== 'no-answer'), 'no refusals before the kill').toEqual([]);

    // Restart on the same file: SQLite recovers from the WAL, the app serves again.
    restarted = await startServer({ dbPath });
    const after = await listClaims(restarted, token);
    for (let i = 0; i < 10; i++) {
      const mine = acknowledged.filter((o) => o.client === i);
      const lastVersion = Math.max(claims[i]!.version, ...mine.map((o) => o.version!));
      // At most one unanswered update per client can have landed on top of the acknowledged ones.
      expect(after[i]!.version - lastVersion).toBeGreaterThanOrEqual(0);
      expect(after[i]!.version - lastVersion).toBeLessThanOrEqual(1);
    }
    const fresh = await patchReview(restarted, token, after[0]!.id, { status: 'needs_source', note: 'after restart', version: after[0]!.version });
    expect(fresh.http).toBe(200);
    await restarted.stop();

    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      for (const o of acknowledged) expect(eventsWithNote(db, o.note), `${o.note} was acknowledged`).toBe(1);
      for (const o of outcomes.filter((x) => x.http === 'no-answer')) expect(eventsWithNote(db, o.note)).toBeLessThanOrEqual(1);
    } finally {
      db.close();
    }
    const check = checkDatabase(dbPath);
    expect(check.integrity).toBe('ok');
    expect(check.chain).toMatchObject({ intact: true, firstBadEventId: null });
  } finally {
    await server.kill();
    await restarted?.stop();
    removeDatabase(dbPath);
  }
});
