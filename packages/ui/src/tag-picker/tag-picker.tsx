"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { Dialog } from "../layout/dialog";
import { cn } from "../lib/cn";
import { Kbd } from "../primitives/kbd";
import { buildPickerEntries, type PickerEntry, type TagOption } from "./filter-tags";

export interface TagPickerLabels {
  placeholder: string;
  recent: string;
  suggested: string;
  all: string;
  matches: string;
  create: (name: string) => string;
  empty: string;
  applied: string;
  hint: string;
}

const defaultLabels: TagPickerLabels = {
  placeholder: "Type a tag name…",
  recent: "Recent",
  suggested: "Suggested",
  all: "All tags",
  matches: "Tags",
  create: (name) => `Create tag “${name}”`,
  empty: "No tag matches.",
  applied: "applied",
  hint: "↑↓ to move · Enter to apply · 1–9 for recent tags · Esc to close",
};

export interface TagPickerProps {
  open: boolean;
  onClose: () => void;
  /** Heading, e.g. "Tag 20 articles". */
  title: string;
  tags: TagOption[];
  recent?: TagOption[];
  suggested?: TagOption[];
  /** Tags already on the article (shown with a tick; picking one again is the caller's toggle). */
  appliedTagIds?: ReadonlySet<string>;
  onPick: (tag: TagOption) => void;
  /** When set, a query that names no tag can create one. */
  onCreate?: (name: string) => void;
  normalize?: (value: string) => string;
  labels?: Partial<TagPickerLabels>;
}

/**
 * Keyboard-first tag picker: type ahead, ↑/↓, Enter; with an empty query the number keys 1–9 pick the
 * recent tags. Follows the WAI-ARIA combobox pattern (input + listbox + aria-activedescendant).
 */
export function TagPicker(props: TagPickerProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title} className="max-w-md">
      {props.open ? <TagPickerBody {...props} /> : null}
    </Dialog>
  );
}

function TagPickerBody({ title, tags, recent, suggested, appliedTagIds, onPick, onCreate, normalize, labels }: TagPickerProps) {
  const text = { ...defaultLabels, ...labels };
  const listId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const entries = useMemo(
    () => buildPickerEntries({ query, tags, recent, suggested, canCreate: onCreate !== undefined, normalize }),
    [query, tags, recent, suggested, onCreate, normalize],
  );
  const activeIndex = Math.min(active, Math.max(entries.length - 1, 0));

  const choose = (entry: PickerEntry | undefined) => {
    if (!entry) return;
    if (entry.kind === "create") onCreate?.(entry.name);
    else onPick(entry.tag);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(entries.length, 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((activeIndex - 1 + entries.length) % Math.max(entries.length, 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(entries[activeIndex]);
    } else if (query === "" && /^[1-9]$/.test(event.key)) {
      const numbered = entries.find((entry) => entry.kind === "tag" && entry.shortcut === Number(event.key));
      if (numbered) {
        event.preventDefault();
        choose(numbered);
      }
    }
  };

  return (
    <div className="flex max-h-[70vh] flex-col">
      <div className="border-b border-slate-200 p-3">
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{title}</h2>
        <input
          autoFocus
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={entries.length > 0 ? `${listId}-${activeIndex}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={text.placeholder}
          className="block h-9 w-full rounded-md px-2.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
        />
      </div>
      <ul id={listId} role="listbox" aria-label={title} className="min-h-0 flex-1 overflow-auto py-1">
        {entries.length === 0 ? <li className="px-4 py-6 text-center text-sm text-slate-500">{text.empty}</li> : null}
        {entries.map((entry, index) => {
          const heading = sectionHeading(entry, entries[index - 1], text);
          return (
            <li key={entry.kind === "tag" ? `${entry.section}-${entry.tag.id}` : "create"} role="presentation">
              {heading ? (
                <div role="presentation" className="px-4 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">
                  {heading}
                </div>
              ) : null}
              <div
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(entry)}
                className={cn(
                  "mx-1 flex cursor-pointer items-center gap-2 rounded px-3 py-1.5 text-sm",
                  index === activeIndex ? "bg-indigo-50 text-indigo-900" : "text-slate-700",
                )}
              >
                {entry.kind === "tag" ? (
                  <>
                    <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: entry.tag.color }} aria-hidden />
                    <span className="flex-1 truncate">{entry.tag.name}</span>
                    {appliedTagIds?.has(entry.tag.id) ? <span className="text-xs text-emerald-600">✓ {text.applied}</span> : null}
                    {entry.shortcut !== null ? <Kbd>{entry.shortcut}</Kbd> : null}
                  </>
                ) : (
                  <span className="flex-1 truncate font-medium text-indigo-700">{text.create(entry.name)}</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="border-t border-slate-200 px-3 py-2 text-[11px] text-slate-500">{text.hint}</p>
    </div>
  );
}

function sectionHeading(entry: PickerEntry, previous: PickerEntry | undefined, text: TagPickerLabels): string | null {
  if (entry.kind !== "tag") return null;
  if (previous?.kind === "tag" && previous.section === entry.section) return null;
  return { recent: text.recent, suggested: text.suggested, all: text.all, match: text.matches }[entry.section];
}
