// The import limits handed to the (client) import form, read from the one place they are defined,
// and the ingest refusals in the reader's language.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { MAX_TEXT_BYTES, UPLOAD_EXTENSIONS } from '@/lib/articles/ingest-input';
import type { ImportLimits } from './import-form';

/** The limits with the browser's own refusals written in the reader's language. */
export async function importLimits(): Promise<ImportLimits> {
  const t = await getTranslations('importing.input');
  return {
    maxBytes: MAX_TEXT_BYTES,
    tooLarge: t('tooLarge'),
    empty: t('empty'),
    unsupported: t('unsupported'),
    extensions: UPLOAD_EXTENSIONS,
  };
}
