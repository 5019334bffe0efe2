'use client';
// The Export menu's choices: the report's language (a radio group) and one link per format, each
// carrying that language (`&locale=`). Plain links, so a download needs no script once rendered.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { REPORT_LOCALES, isReportLocale, type ReportLocale } from '@/lib/report/locales';
import { ClaimReviewLink } from './claimreview-link';

const FILE_LINKS = [
  { format: 'markdown', label: 'Markdown (.md)' },
  { format: 'csv', label: 'CSV (.csv)' },
  { format: 'json', label: 'JSON (.json)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
] as const;

/** Each language named in itself, as language pickers do, so a reader finds their own. */
const LANGUAGE_NAMES: Record<ReportLocale, string> = { id: 'Bahasa Indonesia', en: 'English' };

const item = 'block rounded px-2 py-1.5 max-lg:flex max-lg:min-h-11 max-lg:items-center text-sm text-stone-800 hover:bg-accent-soft hover:text-accent focus-visible:bg-accent-soft';

/** Starts with the reader's interface language (their profile, else their browser, else the desk's). */
export function ReportLinks({ articleId }: { articleId: number }) {
  const t = useTranslations('reports');
  const interfaceLocale = useLocale();
  const [locale, setLocale] = useState<ReportLocale>(isReportLocale(interfaceLocale) ? interfaceLocale : 'en');
  const reportUrl = (format: string) => `/api/articles/${articleId}/report?format=${format}&locale=${locale}`;
  return (
    <>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 px-2 pb-1 text-sm">
        <legend className="float-left mr-1 text-xs font-medium text-stone-700">{t('reportLanguage')}</legend>
        {REPORT_LOCALES.map((l) => (
          <label key={l} lang={l} className="flex items-center gap-1.5 max-lg:min-h-11">
            <input type="radio" name={`report-locale-${articleId}`} value={l} checked={locale === l} onChange={() => setLocale(l)} className="accent-accent" />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
      </fieldset>
      <ul aria-label={t('formats')} className="flex flex-col">
        {FILE_LINKS.map(({ format, label }) => (
          <li key={format}>
            <a href={reportUrl(format)} download className={item}>
              {label}
            </a>
          </li>
        ))}
        <li>
          <ClaimReviewLink href={reportUrl('claimreview')} className={item} />
        </li>
        <li className="mt-1 border-t border-stone-200 pt-1">
          <Link href={`/articles/${articleId}/report?locale=${locale}`} className={item} prefetch={false}>
            {t('printView')}
          </Link>
        </li>
      </ul>
    </>
  );
}
