// The import limits handed to the (client) import form, read from the one place they are defined.
import 'server-only';
import { MAX_TEXT_BYTES, MESSAGES, UPLOAD_EXTENSIONS } from '@/lib/articles/ingest-input';
import type { ImportLimits } from './import-form';

export const IMPORT_LIMITS: ImportLimits = {
  maxBytes: MAX_TEXT_BYTES,
  tooLarge: MESSAGES.tooLarge,
  empty: MESSAGES.empty,
  unsupported: MESSAGES.unsupported,
  extensions: UPLOAD_EXTENSIONS,
};
