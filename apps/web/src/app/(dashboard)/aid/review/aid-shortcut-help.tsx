"use client";

import { ShortcutSheet } from "@newsdesk/ui/shortcuts";
import { useI18n } from "@/i18n/i18n-provider";

/** The "?" sheet of the review queue. */
export function AidShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const s = t.aid.shortcuts;
  return (
    <ShortcutSheet
      open={open}
      onClose={onClose}
      title={t.shortcuts.title}
      closeLabel={t.common.close}
      groups={[
        {
          title: s.title,
          shortcuts: [
            { keys: ["j"], description: s.next },
            { keys: ["k"], description: s.previous },
            { keys: ["c"], description: s.confirm },
            { keys: ["r"], description: s.reject },
            { keys: ["e"], description: s.edit },
          ],
        },
        {
          title: t.shortcuts.list,
          shortcuts: [
            { keys: ["u"], description: s.undo },
            { keys: ["o"], description: s.open },
            { keys: ["/"], description: t.shortcuts.search },
            { keys: ["?"], description: s.help },
          ],
        },
      ]}
    />
  );
}
