// Which attributions an editor should double-check first. Pure, so the card, the filter, the
// reports and the tests all apply the same rule.
import type { ReviewStatus } from './vocab';

/**
 * Below this stored confidence the card says "Check speaker". 0.6: for quotes the learned ranker
 * attributed, `confidence` is its probability that the chosen speaker is right, so under 0.6 the
 * ranker gives the runner-up candidates together at least a 40 % chance; for attributions the
 * rules decided it is the rule's own weight, which is below 0.6 for the weak ones only (a
 * speaker guessed from the clause's subject: 0.45; a cue whose speaker was not found: the cue's
 * weight × 0.7). For reported claims the English model's probability is part of it too.
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
