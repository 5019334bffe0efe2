import { describe, expect, it } from 'vitest';
import { SPEAKER_CHECK_BELOW, confidencePercent, needsSpeakerCheck } from './speaker-check';

const unsure = { confidence: 0.42, status: 'unreviewed' as const, speakerByHand: false };

describe('needsSpeakerCheck', () => {
  it('asks for a check when the extractor was unsure and nobody has looked yet', () => {
    expect(needsSpeakerCheck(unsure)).toBe(true);
  });

  it('leaves confident attributions alone, the threshold itself included', () => {
    expect(needsSpeakerCheck({ ...unsure, confidence: 0.93 })).toBe(false);
    expect(needsSpeakerCheck({ ...unsure, confidence: SPEAKER_CHECK_BELOW })).toBe(false);
    expect(needsSpeakerCheck({ ...unsure, confidence: SPEAKER_CHECK_BELOW - 0.001 })).toBe(true);
  });

  it('stops nagging once a reviewer gave the claim any status', () => {
    for (const status of ['verified', 'disputed', 'needs_source'] as const) expect(needsSpeakerCheck({ ...unsure, status })).toBe(false);
  });

  it('stops nagging when a person chose the speaker', () => {
    expect(needsSpeakerCheck({ ...unsure, speakerByHand: true })).toBe(false);
  });
});

describe('confidencePercent', () => {
  it('rounds down, so a value under the threshold never reads as the threshold', () => {
    expect(confidencePercent(0.596)).toBe(59);
    expect(confidencePercent(0.42)).toBe(42);
    expect(confidencePercent(0.29)).toBe(29);
    expect(confidencePercent(1)).toBe(100);
  });

  it('keeps odd values on the 0–100 scale', () => {
    expect(confidencePercent(-0.2)).toBe(0);
    expect(confidencePercent(1.7)).toBe(100);
    expect(confidencePercent(Number.NaN)).toBe(0);
  });
});
