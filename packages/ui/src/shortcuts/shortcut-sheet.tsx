"use client";

import { Dialog } from "../layout/dialog";
import { Kbd } from "../primitives/kbd";

export interface ShortcutEntry {
  /** Key caps, e.g. ["j"] or ["1", "…", "9"]. */
  keys: string[];
  description: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: ShortcutEntry[];
}

export interface ShortcutSheetProps {
  open: boolean;
  onClose: () => void;
  title?: string;
  groups: ShortcutGroup[];
  closeLabel?: string;
}

/** The "?" sheet: every keyboard shortcut of the page, grouped. */
export function ShortcutSheet({ open, onClose, title = "Keyboard shortcuts", groups, closeLabel = "Close" }: ShortcutSheetProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} className="max-w-lg">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
        <h2 className="text-sm font-semibold">{title}</h2>
        <button type="button" onClick={onClose} className="text-sm text-slate-500 hover:text-slate-800" autoFocus>
          {closeLabel}
        </button>
      </div>
      <div className="grid gap-4 p-4 sm:grid-cols-2">
        {groups.map((group) => (
          <section key={group.title}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.title}</h3>
            <dl className="space-y-1.5">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.description} className="flex items-center justify-between gap-3 text-sm">
                  <dt className="text-slate-700">{shortcut.description}</dt>
                  <dd className="flex shrink-0 gap-1">
                    {shortcut.keys.map((key) => (
                      <Kbd key={key}>{key}</Kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
