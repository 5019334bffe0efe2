import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

let dir: string;
let dbFile: string;

function run(script: string, args: string[]) {
  const res = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: dbFile },
  });
  return { code: res.status, stdout: res.stdout.trim(), stderr: res.stderr.trim() };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-cli-'));
  dbFile = path.join(dir, 'nested', 'desk.db');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('user:create and token:create commands', () => {
  it('creates a user in a new database and prints one JSON line', () => {
    const res = run('user:create', ['--email', 'Ed@Example.org', '--name', 'Ed Itor', '--password', 'a long passphrase', '--role', 'reviewer']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({ email: 'ed@example.org', role: 'reviewer' });
    expect(typeof out.id).toBe('string');
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare('select email, role from user').all()).toEqual([{ email: 'ed@example.org', role: 'reviewer' }]);
    // The password is stored hashed by the auth library, never as written.
    const account = db.prepare('select password from account').get() as { password: string };
    expect(account.password).not.toContain('a long passphrase');
    db.close();
  });

  it.each([
    [['--email', 'ed@example.org', '--name', 'Again', '--password', 'another passphrase', '--role', 'viewer'], /already exists/],
    [['--email', 'new@example.org', '--name', 'Weak', '--password', 'short', '--role', 'viewer'], /at least 10 characters/],
    [['--email', 'new@example.org', '--name', 'Boss', '--password', 'a long passphrase', '--role', 'boss'], /Role must be one of/],
    [['--email', 'not-an-email', '--name', 'X', '--password', 'a long passphrase', '--role', 'viewer'], /valid email/],
  ])('refuses bad input %j with a clear message and changes nothing', (args, message) => {
    const res = run('user:create', args);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(message);
    const db = new Database(dbFile, { readonly: true });
    expect((db.prepare('select count(*) n from user').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('creates an API token shown once and stored only as a hash', () => {
    const res = run('token:create', ['--name', 'CMS', '--role', 'reviewer']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { name: string; role: string; token: string };
    expect(out).toMatchObject({ name: 'CMS', role: 'reviewer' });
    const db = new Database(dbFile, { readonly: true });
    const stored = db.prepare('select token_hash from api_tokens').all() as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toBe(out.token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    db.close();
    expect(run('token:create', ['--name', 'X', '--role', 'admin']).code).not.toBe(0);
  });
});
