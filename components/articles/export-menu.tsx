// Placeholder: the "Export report" menu (reports work) replaces this file.
export function ExportMenu(_props: { articleId: number }) {
  return null;
}
