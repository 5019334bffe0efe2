'use client';
import { useEffect, useRef } from 'react';

export const SHORTCUTS: [string, string][] = [
  ['j', 'Next claim'],
  ['k', 'Previous claim'],
  ['1', 'Mark Verified'],
  ['2', 'Mark Disputed'],
  ['3', 'Mark Needs source'],
  ['0', 'Mark Unreviewed'],
  ['n', 'Write a note'],
  ['/', 'Search claims'],
  ['?', 'Show these shortcuts'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-black/30">
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-stone-500">Shortcuts are off while you type in a field.</p>
      <button type="button" onClick={onClose} className="mt-4 rounded-md border border-stone-300 px-3 py-1.5 text-sm">
        Close
      </button>
    </dialog>
  );
}
