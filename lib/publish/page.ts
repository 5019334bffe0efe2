// The public page of a published review as one self-contained HTML document: no JavaScript, no
// external resources, readable at 390 px, with the ClaimReview JSON-LD embedded. Built as a
// string (not React) so the route can hash it for ETag and answer 304/404/429 itself.

import { STATUS_LABELS, UNKNOWN_SPEAKER, isHttpUrl, quotedText } from '../report/types';
import { publicClaimReview } from './jsonld';
import { correctionLine, publicDate } from './rules';
import type { PublicClaim, PublicReview } from './types';

export type PublicPageOptions = {
  /** The desk's setting: name the editor who signed off (off by default). */
  creditReviewers: boolean;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only http(s) becomes a link; anything else is shown as text. */
function link(url: string, label: string, rel = 'nofollow noopener noreferrer'): string {
  return isHttpUrl(url) ? `<a href="${escapeHtml(url.trim())}" rel="${rel}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

// Colours keep 4.5:1 contrast on white; verdicts carry a word, never colour alone.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:#1c1917;background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.25rem;font-family:system-ui,sans-serif;font-size:.9rem;color:#44403c}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
a{color:#1d4ed8;overflow-wrap:anywhere}
.meta,.signoff,footer,.speaker,.correction,.verdict{font-family:system-ui,sans-serif}
.meta{font-size:.95rem;color:#44403c}
.signoff{font-size:.9rem;background:#f5f5f4;border-left:4px solid #57534e;padding:.6rem .8rem}
.signoff code{overflow-wrap:anywhere;font-size:.85rem}
ol.claims{list-style:none;padding:0;margin:0}
ol.claims>li{border-top:1px solid #d6d3d1;padding:1.1rem 0}
.speaker{font-size:.95rem;margin:0}
blockquote{margin:.5rem 0;padding-left:.9rem;border-left:4px solid #a8a29e;font-size:1.1rem}
.verdict{display:inline-block;font-weight:700;font-size:.95rem;padding:.1rem .5rem;border-radius:.25rem;border:2px solid}
.verdict-verified{color:#166534;border-color:#166534}
.verdict-disputed{color:#991b1b;border-color:#991b1b}
.verdict-needs_source{color:#854d0e;border-color:#854d0e}
.evidence{font-family:system-ui,sans-serif;font-size:.95rem;padding-left:1.2rem}
.correction{font-size:.95rem;background:#fef9c3;padding:.5rem .7rem;margin:.6rem 0 0}
footer{margin-top:2rem;padding-bottom:2rem;font-size:.85rem;color:#44403c;border-top:1px solid #d6d3d1}
`;

function speakerLine(claim: PublicClaim): string {
  const role = claim.speaker.role?.trim();
  return `<p class="speaker"><strong>${escapeHtml(claim.speaker.name?.trim() || UNKNOWN_SPEAKER)}</strong>${role ? `, ${escapeHtml(role)}` : ''}</p>`;
}

/** `number` counts the published claims (1, 2, …): set-aside claims leave no gaps for readers. */
function claimItem(claim: PublicClaim, number: number, language: string): string {
  const evidence =
    claim.evidence.length === 0
      ? ''
      : `<h4 class="meta">Evidence</h4><ul class="evidence">${claim.evidence
          .map((e) => `<li>${link(e.url, e.title.trim() || e.url)}</li>`)
          .join('')}</ul>`;
  const corrections = claim.corrections.map((c) => `<p class="correction">${escapeHtml(correctionLine(c))}</p>`).join('');
  return [
    `<li id="claim-${claim.id}"><article aria-labelledby="claim-${claim.id}-title">`,
    `<h3 id="claim-${claim.id}-title" class="speaker">Claim ${number}</h3>`,
    speakerLine(claim),
    `<blockquote lang="${escapeHtml(language)}">${escapeHtml(quotedText(claim))}</blockquote>`,
    `<p><span class="verdict verdict-${claim.status}">Verdict: ${STATUS_LABELS[claim.status]}</span></p>`,
    claim.explanation.trim() ? `<p>${escapeHtml(claim.explanation.trim())}</p>` : '',
    evidence,
    corrections,
    '</article></li>',
  ].join('');
}

function signOffLine(review: PublicReview, options: PublicPageOptions): string {
  const who = options.creditReviewers ? review.signOff.by : `the editors of ${review.organization.name}`;
  return (
    `<p class="signoff">Signed off by ${escapeHtml(who)} on ${escapeHtml(publicDate(review.signOff.at))}, ` +
    `history chain <code>${escapeHtml(review.signOff.chainHead)}</code>.</p>`
  );
}

export function renderPublicPage(review: PublicReview, options: PublicPageOptions): string {
  const { article, organization } = review;
  const title = `Fact check: ${article.title}`;
  const updated = review.updatedAt !== review.firstPublishedAt ? ` · Updated ${escapeHtml(publicDate(review.updatedAt))}` : '';
  const meta = [
    article.outlet ? escapeHtml(article.outlet) : null,
    article.publishedAt ? `published ${escapeHtml(article.publishedAt)}` : null,
    article.url && isHttpUrl(article.url) ? link(article.url, 'Read the reviewed article', 'nofollow noopener noreferrer external') : null,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(organization.name)}</title>
<meta name="description" content="${escapeHtml(`${organization.name} checked ${review.claims.length} quoted claims in “${article.title}”.`)}">
<link rel="canonical" href="${escapeHtml(review.pageUrl)}">
<style>${STYLE}</style>
<script type="application/ld+json">
${publicClaimReview(review, 'en').trim()}
</script>
</head>
<body>
<header><p>${organization.url && isHttpUrl(organization.url) ? link(organization.url, organization.name, 'noopener') : escapeHtml(organization.name)} · Fact check</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Reviewed article: <cite lang="${escapeHtml(article.language)}">${escapeHtml(article.title)}</cite>${meta.length ? ` · ${meta.join(' · ')}` : ''}</p>
<p class="meta">Published ${escapeHtml(publicDate(review.firstPublishedAt))}${updated}</p>
${signOffLine(review, options)}
<h2>${review.claims.length} ${review.claims.length === 1 ? 'claim' : 'claims'} checked</h2>
<ol class="claims">
${review.claims.map((c, i) => claimItem(c, i + 1, article.language)).join('\n')}
</ol>
</main>
<footer><p>Verdicts: Verified (the claim is accurate), Disputed (false or misleading), Needs source (no evidence found for it yet). Corrections are printed under the claim they change.</p></footer>
</body>
</html>
`;
}

/** The same page shell for "not found" and "too many requests": no hint whether a slug exists. */
export function renderPublicMessagePage(heading: string, text: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(heading)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p></main></body>
</html>
`;
}
