'use client';
import { useFormatter } from 'next-intl';

/**
 * Formats a stored timestamp for the reader's language ("30 Nov 2026, 12.05" in Indonesian,
 * "30 Nov 2026, 12:05" in English), in UTC as the desk always shows times, and says so.
 */
export function useWhen(): (iso: string | null) => string {
  const format = useFormatter();
  return (iso) => (iso ? `${format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })} UTC` : '');
}
