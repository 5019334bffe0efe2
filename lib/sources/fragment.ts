// Links to a passage of a source: a URL text fragment (https://wicg.github.io/scroll-to-text-fragment/)
// so a browser opens the source's own page scrolled to the passage and highlighted.

/** Text fragments give `-`, `,` and `&` a meaning: they are percent-encoded inside the text. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words at most this many characters of passage go into the fragment whole; longer passages use
 * the `textStart,textEnd` form with a few words from each end, as browsers match long text badly. */
const WHOLE_PASSAGE_CHARS = 120;
const EDGE_WORDS = 5;

export function textFragment(passage: string): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  if (text.length <= WHOLE_PASSAGE_CHARS) return `:~:text=${encodeFragmentText(text)}`;
  const words = text.split(' ');
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/** The source URL with the passage as a text fragment (any existing fragment is replaced). */
export function urlWithTextFragment(url: string, passage: string): string {
  const base = url.split('#', 1)[0]!;
  return `${base}#${textFragment(passage)}`;
}
