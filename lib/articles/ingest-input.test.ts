import { describe, expect, it } from 'vitest';
import {
  MAX_TEXT_BYTES,
  MESSAGES,
  checkText,
  decodeText,
  formatOfFile,
  htmlToArticle,
  markdownToArticle,
  prepareContent,
  prepareFile,
  titleFromText,
} from './ingest-input';

const utf8 = (s: string) => new TextEncoder().encode(s);

const PAGE = `<!doctype html><html><head><title>Bridge opens | Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Subscribe now for only $1!</div>
<article>
  <h1>Bridge opens</h1>
  <p>The council of Port Alder met on Monday evening to discuss the long-delayed harbour crossing.</p>
  <p>“We will open the bridge in May,” said Mayor Jane Holloway.</p>
  <p>Residents were <b>pleased</b>, and traders along the quay said the works had cost them customers.<br>More follows.</p>
</article>
<footer>Copyright 2026 Harbour Gazette. All rights reserved.</footer>
</body></html>`;

describe('formatOfFile', () => {
  it('accepts .txt, .md and .html (any case) and refuses others', () => {
    expect(formatOfFile('a.TXT')).toBe('text');
    expect(formatOfFile('notes.md')).toBe('markdown');
    expect(formatOfFile('page.html')).toBe('html');
    expect(formatOfFile('page.htm')).toBe('html');
    expect(formatOfFile('scan.pdf')).toBeNull();
    expect(formatOfFile('noextension')).toBeNull();
  });
  it('reads .json only where allowed (the command line)', () => {
    expect(formatOfFile('a.json')).toBeNull();
    expect(formatOfFile('a.json', { allowJson: true })).toBe('json');
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Halo “dunia”')]))).toEqual({ ok: true, text: 'Halo “dunia”' });
  });
  it('refuses NUL bytes as binary', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, message: MESSAGES.binary });
  });
  it('refuses invalid UTF-8 (Latin-1 bytes)', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, message: MESSAGES.undecodable });
  });
});

describe('checkText', () => {
  it('refuses empty and whitespace-only text', () => {
    expect(checkText('')?.message).toBe(MESSAGES.empty);
    expect(checkText(' \n\t ')?.message).toBe(MESSAGES.empty);
  });
  it('refuses more than 1 MB of UTF-8, counting bytes not characters', () => {
    expect(checkText('a'.repeat(MAX_TEXT_BYTES))).toBeNull();
    expect(checkText('a'.repeat(MAX_TEXT_BYTES + 1))?.message).toBe(MESSAGES.tooLarge);
    // 2 bytes per "é": half a million of them is exactly the limit, one more is over.
    expect(checkText('é'.repeat(MAX_TEXT_BYTES / 2))).toBeNull();
    expect(checkText('é'.repeat(MAX_TEXT_BYTES / 2 + 1))?.message).toBe(MESSAGES.tooLarge);
  });
});

describe('htmlToArticle', () => {
  it('keeps the story, drops navigation, ads and footer, and keeps paragraphs as blank lines', () => {
    const { text, title } = htmlToArticle(PAGE);
    expect(title).toBe('Bridge opens | Harbour Gazette');
    expect(text).toContain('“We will open the bridge in May,” said Mayor Jane Holloway.');
    expect(text).not.toMatch(/Subscribe|Copyright|Sport/);
    expect(text).toContain('harbour crossing.\n\n“We will open');
    expect(text).toContain('customers.\nMore follows.');
    expect(text).not.toMatch(/<|&amp;/);
  });
  it('decodes entities', () => {
    const { text } = htmlToArticle(PAGE.replace('Residents were', 'Residents &amp; traders were'));
    expect(text).toContain('Residents & traders were');
  });
});

describe('markdownToArticle', () => {
  const MD = [
    '# Ferry timetable',
    '',
    '“The late ferry will run all summer,” said **harbour master** Ines Calloway. See [the notice](https://example.org/n).',
    '',
    '2016. That was the year the pier closed.',
    '',
    '- Tickets go on sale in May',
  ].join('\n');

  it('renders the markup away: heading marks, emphasis and link syntax go, the words stay', () => {
    const { text, title } = markdownToArticle(MD);
    expect(title).toBe('Ferry timetable');
    expect(text).toBe([
      'Ferry timetable',
      '“The late ferry will run all summer,” said harbour master Ines Calloway. See the notice.',
      '2016. That was the year the pier closed.',
      'Tickets go on sale in May',
    ].join('\n\n'));
  });

  it('keeps the numbers of an ordered list, from its first number on', () => {
    expect(markdownToArticle('3. third\n4. fourth').text).toBe('3. third\n\n4. fourth');
  });
});

describe('prepareFile', () => {
  it('returns the rendered text and first heading of a .md file, and refuses one with no words', () => {
    const r = prepareFile('story.md', utf8('# Bridge opens\n\n“We will open in May,” said *Mayor* Jane Holloway.'));
    expect(r).toEqual({ ok: true, text: 'Bridge opens\n\n“We will open in May,” said Mayor Jane Holloway.', title: 'Bridge opens', language: null });
    expect(prepareFile('rule.md', utf8('---\n\n***'))).toEqual({ ok: false, message: MESSAGES.empty });
  });
  it('returns the text of a .txt file', () => {
    expect(prepareFile('story.txt', utf8('Line one.\n\nLine two.'))).toEqual({ ok: true, text: 'Line one.\n\nLine two.', title: null, language: null });
  });
  it('returns the article and title of an .html file', () => {
    const r = prepareFile('story.html', utf8(PAGE));
    expect(r.ok && r.title).toBe('Bridge opens | Harbour Gazette');
  });
  it('reads the corpus .json format when allowed', () => {
    const r = prepareFile('a.json', utf8(JSON.stringify({ text: 'Body text.', language: 'en', title: 'T' })), { allowJson: true });
    expect(r).toEqual({ ok: true, text: 'Body text.', title: 'T', language: 'en' });
    expect(prepareFile('a.json', utf8('{"txt": 1}'), { allowJson: true })).toEqual({ ok: false, message: MESSAGES.jsonWithoutText });
    expect(prepareFile('a.json', utf8('{oops'), { allowJson: true })).toEqual({ ok: false, message: MESSAGES.badJson });
  });
  it('refuses each bad input with its own message', () => {
    expect(prepareFile('scan.pdf', utf8('%PDF-1.7'))).toEqual({ ok: false, message: MESSAGES.unsupported });
    expect(prepareFile('empty.txt', new Uint8Array())).toEqual({ ok: false, message: MESSAGES.empty });
    expect(prepareFile('blank.md', utf8('   \n'))).toEqual({ ok: false, message: MESSAGES.empty });
    expect(prepareFile('bin.txt', new Uint8Array([1, 2, 0, 3]))).toEqual({ ok: false, message: MESSAGES.binary });
    expect(prepareFile('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, message: MESSAGES.undecodable });
    expect(prepareFile('big.txt', utf8('a'.repeat(MAX_TEXT_BYTES + 1)))).toEqual({ ok: false, message: MESSAGES.tooLarge });
    expect(prepareFile('nav.html', utf8('<html><head><title>Empty</title></head><body><script>track()</script></body></html>'))).toEqual({
      ok: false,
      message: MESSAGES.noArticleInHtml,
    });
  });
});

describe('prepareContent and titleFromText', () => {
  it('refuses empty pasted text', () => {
    expect(prepareContent('  ', 'text')).toEqual({ ok: false, message: MESSAGES.empty });
  });
  it('takes the first line as the title, without Markdown heading marks, shortened', () => {
    expect(titleFromText('\n# Bridge opens\n\nBody')).toBe('Bridge opens');
    expect(titleFromText('x'.repeat(300))).toHaveLength(118);
  });
});
