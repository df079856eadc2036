export { useShortcuts, resolveShortcut, isTypingTarget, type ShortcutMap } from "./use-shortcuts";
export { ShortcutSheet, type ShortcutSheetProps, type ShortcutGroup, type ShortcutEntry } from "./shortcut-sheet";
