import { describe, expect, it } from 'vitest';
import { renderServerText } from '../i18n/server-text';
import { correctionLine, parsePublicBaseUrl, publicPageUrl, publishBlockers, signOffBlockers, verdictChanges, type ClaimForSignOff } from './rules';

const claim = (id: number, status: ClaimForSignOff['status'], extra: Partial<ClaimForSignOff> = {}): ClaimForSignOff => ({
  id,
  position: id,
  status,
  explanation: '',
  setAsideReason: null,
  ...extra,
});

describe('sign-off and publication rules', () => {
  it('blocks sign-off on unreviewed claims unless they are set aside with a reason', () => {
    const blockers = signOffBlockers([claim(1, 'unreviewed'), claim(2, 'unreviewed', { setAsideReason: 'opinion' }), claim(3, 'unreviewed', { setAsideReason: '  ' }), claim(4, 'needs_source')]);
    expect(blockers.map((b) => b.claimId)).toEqual([1, 3]);
  });

  it('needs a public explanation for Disputed and Needs source claims, not for Verified or set-aside ones', () => {
    const blockers = publishBlockers([
      claim(1, 'verified'),
      claim(2, 'disputed'),
      claim(3, 'needs_source', { explanation: 'No record found.' }),
      claim(4, 'needs_source'),
      claim(5, 'disputed', { setAsideReason: 'satire' }),
    ]);
    expect(blockers.map((b) => b.claimId)).toEqual([2, 4]);
    expect(renderServerText(blockers[0]!.message, 'en')).toBe('Claim 2 is Disputed: write the public explanation readers will see.');
    expect(renderServerText(blockers[0]!.message, 'id')).toBe('Klaim 2 berstatus Dibantah: tulis penjelasan publik yang akan dibaca pembaca.');
  });

  it('lists published verdicts that changed, ignoring set-aside and removed claims', () => {
    const changes = verdictChanges(
      [
        { id: 1, status: 'verified' },
        { id: 2, status: 'disputed' },
        { id: 3, status: 'verified' },
        { id: 4, status: 'verified' },
      ],
      [claim(1, 'disputed'), claim(2, 'disputed'), claim(3, 'needs_source', { setAsideReason: 'x' })],
    );
    expect(changes).toEqual([{ claimId: 1, position: 1, fromStatus: 'verified', toStatus: 'disputed' }]);
  });

  it('prints a correction the way newsrooms do', () => {
    expect(correctionLine({ at: '2026-11-30T10:00:00Z', fromStatus: 'verified', toStatus: 'disputed', note: 'the ministry revised its figures.' })).toBe(
      'Updated 30 November 2026: was Verified, now Disputed, because the ministry revised its figures.',
    );
  });

  it('accepts a plain http(s) PUBLIC_URL and explains what to set otherwise', () => {
    expect(parsePublicBaseUrl('https://factcheck.example.org/desk/')).toEqual({ ok: true, base: 'https://factcheck.example.org/desk' });
    for (const bad of [undefined, '', 'factcheck.example.org', 'ftp://x.org', 'https://x.org/?a=1', 'https://u:p@x.org']) {
      const out = parsePublicBaseUrl(bad);
      expect(out.ok, String(bad)).toBe(false);
      expect(out.ok ? '' : out.message).toContain('Set PUBLIC_URL');
    }
    expect(publicPageUrl('https://x.org', 'a-b')).toBe('https://x.org/p/a-b');
  });
});
