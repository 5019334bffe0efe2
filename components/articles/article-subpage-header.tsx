// The head of an article's sub-pages (re-check queue, speakers, update text, versions): the way
// back to the article, the page's heading, and what the page is for (children).
import Link from 'next/link';
import type { ReactNode } from 'react';

export function ArticleSubpageHeader({ article, title, children }: { article: { id: number; title: string }; title: string; children?: ReactNode }) {
  return (
    <div>
      <Link href={`/articles/${article.id}`} className="text-sm text-accent underline">
        ← {article.title}
      </Link>
      <h1 className="mt-1 font-serif text-3xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
