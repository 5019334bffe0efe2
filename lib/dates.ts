// How the desk writes a moment on screen: the same clock for every reader (UTC, said so), so two
// editors in different time zones quote the same time to each other.

/** "30 Nov 2026, 12:44 UTC" */
export function formatUtcDateTime(iso: string): string {
  return `${new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC`;
}
