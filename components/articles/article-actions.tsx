// Placeholder: article-level editing actions ("Update text", versions, re-check queue) replace this file.
export function ArticleActions(_props: { articleId: number; canReview: boolean }) {
  return null;
}
