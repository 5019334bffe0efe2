import type { Article } from '@/db/schema';
import { useTranslations } from 'next-intl';

/** Title, provenance and the article-level actions (export, update) of the review page. */
export function ArticleHeader({ article, children }: { article: Article; canReview: boolean; children?: React.ReactNode }) {
  const t = useTranslations('articles.header');
  const tc = useTranslations('common');
  return (
    <header className="flex flex-col gap-2 border-b border-stone-200 pb-4">
      <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
      <p className="flex flex-wrap gap-x-3 text-sm text-stone-600">
        <span>{article.outlet ?? t('unknownOutlet')}</span>
        <span>{tc('language', { code: article.language })}</span>
        {article.publishedAt ? <span>{t('published', { date: article.publishedAt })}</span> : null}
        {article.url ? (
          <a href={article.url} className="text-accent underline" target="_blank" rel="noopener noreferrer nofollow">
            {t('original')}
          </a>
        ) : null}
        {article.currentVersion > 1 ? <span>{t('version', { version: article.currentVersion })}</span> : null}
      </p>
      {children ? <div className="no-print flex flex-wrap gap-2">{children}</div> : null}
    </header>
  );
}
