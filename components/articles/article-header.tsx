import type { Article } from '@/db/schema';
import { languageName } from './article-table';

/** Title, provenance and the article-level actions (export, update) of the review page. */
export function ArticleHeader({ article, children }: { article: Article; canReview: boolean; children?: React.ReactNode }) {
  return (
    <header className="flex flex-col gap-2 border-b border-stone-200 pb-4">
      <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
      <p className="flex flex-wrap gap-x-3 text-sm text-stone-600">
        <span>{article.outlet ?? 'Unknown outlet'}</span>
        <span>{languageName(article.language)}</span>
        {article.publishedAt ? <span>Published {article.publishedAt}</span> : null}
        {article.url ? (
          <a href={article.url} className="text-accent underline" target="_blank" rel="noopener noreferrer nofollow">
            Original article
          </a>
        ) : null}
        {article.currentVersion > 1 ? <span>Version {article.currentVersion}</span> : null}
      </p>
      {children ? <div className="no-print flex flex-wrap gap-2">{children}</div> : null}
    </header>
  );
}
