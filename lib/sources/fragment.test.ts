import { describe, expect, it } from 'vitest';
import { textFragment, urlWithTextFragment } from './fragment';

describe('text fragment links', () => {
  it('encode a short passage whole, escaping the characters fragments reserve', () => {
    expect(urlWithTextFragment('https://example.org/t#top', 'Fares will stay — at 1,000 & more')).toBe(
      'https://example.org/t#:~:text=Fares%20will%20stay%20%E2%80%94%20at%201%2C000%20%26%20more',
    );
    expect(textFragment('well-known')).toBe(':~:text=well%2Dknown');
  });

  it('use the start,end form for a long passage', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    expect(textFragment(passage)).toBe(':~:text=one%20two%20three%20four%20five,sixteen%20seventeen%20eighteen%20nineteen%20twenty');
  });
});
