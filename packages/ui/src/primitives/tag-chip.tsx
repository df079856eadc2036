"use client";

import { cn } from "../lib/cn";

export interface TagChipProps {
  name: string;
  /** CSS colour of the tag (#rrggbb). */
  color: string;
  /** When given, the chip shows a remove button that calls it. */
  onRemove?: () => void;
  removeLabel?: string;
  className?: string;
}

/** A tag as editors see it everywhere: a coloured dot and its name. */
export function TagChip({ name, color, onRemove, removeLabel = "Remove tag", className }: TagChipProps) {
  return (
    <span
      className={cn(
        "inline-flex max-w-full items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700",
        className,
      )}
      data-tag={name}
    >
      <span className="size-2 shrink-0 rounded-full" style={{ backgroundColor: color }} aria-hidden />
      <span className="truncate">{name}</span>
      {onRemove ? (
        <button
          type="button"
          onClick={onRemove}
          className="-mr-0.5 rounded-full px-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
          aria-label={`${removeLabel}: ${name}`}
        >
          ×
        </button>
      ) : null}
    </span>
  );
}
