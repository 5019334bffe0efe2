import { describe, expect, it } from 'vitest';
import { SPEAKER_CHECK_BELOW, confidencePercent, isUnsureSpeaker, needsSpeakerCheck } from './speaker-check';

const machine = { confidence: 0.42, speakerByHand: false };

describe('isUnsureSpeaker', () => {
  it('is doubtful below the threshold, not at or above it', () => {
    expect(isUnsureSpeaker(machine)).toBe(true);
    expect(isUnsureSpeaker({ ...machine, confidence: 0.93 })).toBe(false);
    expect(isUnsureSpeaker({ ...machine, confidence: SPEAKER_CHECK_BELOW })).toBe(false);
    expect(isUnsureSpeaker({ ...machine, confidence: SPEAKER_CHECK_BELOW - 0.001 })).toBe(true);
  });

  it('is never doubtful when a person chose the speaker', () => {
    expect(isUnsureSpeaker({ confidence: 0.1, speakerByHand: true })).toBe(false);
  });
});

describe('needsSpeakerCheck', () => {
  it('asks for a check on a doubtful attribution nobody has reviewed yet', () => {
    expect(needsSpeakerCheck({ status: 'unreviewed', unsureSpeaker: true })).toBe(true);
    expect(needsSpeakerCheck({ status: 'unreviewed', unsureSpeaker: false })).toBe(false);
    expect(needsSpeakerCheck({ status: 'unreviewed' })).toBe(false);
  });

  it('stops nagging once a reviewer gave the claim any status', () => {
    for (const status of ['verified', 'disputed', 'needs_source'] as const) expect(needsSpeakerCheck({ status, unsureSpeaker: true })).toBe(false);
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
