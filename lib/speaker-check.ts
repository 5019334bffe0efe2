// Which attributions an editor should double-check first. Pure, so the card, the filter, the
// reports and the tests all apply the same rule.
import type { ReviewStatus } from './vocab';

/**
 * Below this stored confidence the card says "Check speaker". For direct quotes `confidence` is
 * the extractor's calibrated chance that the speaker is right (lib/extract/model/README.md): the
 * ranker's probability against its candidates and "nobody here", or, where the rules decide, how
 * often the rules were right for that kind of attribution in cross-validation. Under 0.6 the
 * speaker is wrong at least two times in five. Reported claims carry their model's probability.
 */
export const SPEAKER_CHECK_BELOW = 0.6;

/**
 * True when the machine's attribution is doubtful: confidence below the threshold, and no person
 * chose the speaker (a claim added by hand, or its speaker changed or merged by hand).
 */
export function isUnsureSpeaker(c: { confidence: number; speakerByHand: boolean }): boolean {
  return !c.speakerByHand && c.confidence < SPEAKER_CHECK_BELOW;
}

/**
 * True when the card should ask the editor to check the speaker: the attribution is doubtful
 * (`unsureSpeaker`, from isUnsureSpeaker) and nobody has reviewed the claim yet. A reviewed claim
 * (any status but Unreviewed) never nags, whatever the number says.
 */
export function needsSpeakerCheck(c: { status: ReviewStatus; unsureSpeaker?: boolean }): boolean {
  return c.status === 'unreviewed' && c.unsureSpeaker === true;
}

/**
 * The confidence as a whole percentage for the card. Rounded down, so a confidence just under the
 * threshold (0.596) never reads as "60 %" next to a "Check speaker" marker; clamped to 0–100.
 */
export function confidencePercent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.min(100, Math.max(0, Math.floor(confidence * 100 + 1e-9)));
}
