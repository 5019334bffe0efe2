// The ingest refusals as message keys for the form's readers.
import { keyed } from '../i18n/keyed';
import { MESSAGES } from './ingest-input';

// lib/articles/ingest-input writes English for the command line too; the form's refusals are
// packed as keys so the action wrapper renders them for the reader. Other text (the text rule's,
// already packed) passes through unchanged.
const INPUT_KEYS: Record<string, string> = {
  [MESSAGES.empty]: keyed('importing.input.empty'),
  [MESSAGES.tooLarge]: keyed('importing.input.tooLarge'),
  [MESSAGES.binary]: keyed('importing.input.binary'),
  [MESSAGES.undecodable]: keyed('importing.input.undecodable'),
  [MESSAGES.unsupported]: keyed('importing.input.unsupported'),
  [MESSAGES.noArticleInHtml]: keyed('importing.input.noArticleInHtml'),
};

/** An ingest refusal as a packed key when it is one of the known ones. */
export function keyedInputMessage(message: string): string {
  return INPUT_KEYS[message] ?? message;
}
