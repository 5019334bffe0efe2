/** Public types of the extraction engine. Offsets are UTF-16 code units, end exclusive. */
export type Language = 'id' | 'en';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type SpeakerType = 'person' | 'organization';

/**
 * What kind of source a speaker is, finer than SpeakerType: a document or outlet ("the
 * report", "a new poll", "the newspaper") is a source but neither a person nor, strictly, an
 * organisation; the card can say so instead of presenting it as someone.
 */
export type SpeakerKind = 'person' | 'organization' | 'document';

export interface ExtractedClaim {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  /** for direct quotes: the words between the quotation marks (marks excluded) */
  text: string;
  /** canonical name: the fullest form the article gives; null when unknown */
  speaker: string | null;
  /** the words that attribute the claim at this place ("Ia", "Mr Kim", "tambahnya") */
  speakerMention: TextSpan | null;
  speakerRole: string | null;
  /** the reporting verb or phrase ("kata", "mengatakan", "said", "according to") */
  cue: TextSpan | null;
  /** the sentence(s) carrying the claim */
  sentence: { start: number; end: number };
  confidence: number;
  /**
   * direct quotes: how likely `speaker` is right, calibrated on the training corpus: the
   * speaker ranker's probability (softmax over the candidates), or where the rules alone decide,
   * how often they were right in such cases; null when nobody is named or no model is loaded
   */
  speakerConfidence?: number | null;
  /** schema.org hint: Person or Organization (countries and institutions are organisations) */
  speakerType?: SpeakerType | null;
  /** person, organisation or document ("the report", "a poll"); null when unknown */
  speakerKind?: SpeakerKind | null;
}
