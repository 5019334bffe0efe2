import { describe, expect, it } from 'vitest';
import { formatUtcDateTime } from './dates';

describe('formatUtcDateTime', () => {
  it('writes the moment in UTC whatever the zone of the offset given', () => {
    expect(formatUtcDateTime('2026-11-30T23:30:00+07:00')).toBe('30 Nov 2026, 16:30 UTC');
  });
});
