"use client";

import { useEffect, useRef } from "react";

/** Handlers by `KeyboardEvent.key` ("j", "k", "x", "t", "?", "1" … "9", "Escape"). */
export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** True when the key press belongs to a text field (typing "j" in the search box must not move the cursor). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return element.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]") !== null;
}

/** Picks the handler for a key press, or null when the press is not a shortcut (modifiers, typing, no binding). */
export function resolveShortcut(event: KeyboardEvent, map: ShortcutMap): ((event: KeyboardEvent) => void) | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  return map[event.key] ?? null;
}

/**
 * Binds single-key shortcuts on the document while `enabled`. Keys typed into fields, inside an open dialog,
 * with Ctrl/⌘/Alt, or during IME composition (pinyin input!) are left alone. A tiny hook rather than a
 * library: the rules above are the whole job and they are newsroom-specific.
 */
export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const handler = resolveShortcut(event, latest.current);
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
