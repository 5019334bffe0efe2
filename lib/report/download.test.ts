import { describe, expect, it } from 'vitest';
import {
  MAX_HEADER_WARNINGS,
  SKIPPED_HEADER,
  WARNINGS_HEADER,
  attachmentFilename,
  attachmentResponse,
  decodeWarnings,
  encodeWarnings,
} from './download';

function warningHeaders(warnings: string[]): Headers {
  return new Headers({ [WARNINGS_HEADER]: encodeWarnings(warnings), [SKIPPED_HEADER]: String(warnings.length) });
}

describe('ClaimReview warnings header', () => {
  it('round-trips the lines, header-safe', () => {
    const lines = ['Claim 1 (id 7) not exported: status "Unreviewed" has no conclusion', 'ünïcode; "quotes", commas\nnewline'];
    const headers = warningHeaders(lines);
    expect(headers.get(WARNINGS_HEADER)).toMatch(/^[A-Za-z0-9%\-_.!~*'()]+$/);
    expect(decodeWarnings(headers)).toEqual({ skipped: 2, lines });
  });

  it('caps the lines it sends but always reports the full count', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Claim ${i + 1} (id ${i + 1}) not exported: status "Needs source" has no conclusion`);
    const headers = warningHeaders(lines);
    expect(headers.get(WARNINGS_HEADER)!.length).toBeLessThan(8 * 1024);
    expect(decodeWarnings(headers)).toEqual({ skipped: 2000, lines: lines.slice(0, MAX_HEADER_WARNINGS) });
  });

  it('reads a missing or malformed header as none listed', () => {
    expect(decodeWarnings(new Headers())).toEqual({ skipped: 0, lines: [] });
    expect(decodeWarnings(new Headers({ [WARNINGS_HEADER]: '%E0%A4%A', [SKIPPED_HEADER]: 'many' }))).toEqual({ skipped: 0, lines: [] });
    expect(decodeWarnings(new Headers({ [WARNINGS_HEADER]: encodeURIComponent('{"a":1}') }))).toEqual({ skipped: 0, lines: [] });
  });
});

describe('attachmentResponse', () => {
  it('sends the file as a private, non-sniffable attachment', async () => {
    const res = attachmentResponse(Buffer.from('%PDF-1.3'), { filename: 'a-review-2026-11-25.pdf', contentType: 'application/pdf' });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="a-review-2026-11-25.pdf"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('%PDF-1.3');
    expect(attachmentFilename(res.headers, 'fallback')).toBe('a-review-2026-11-25.pdf');
    expect(attachmentFilename(new Headers(), 'fallback')).toBe('fallback');
  });
});
