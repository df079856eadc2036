"use client";

import { ShortcutSheet } from "@newsdesk/ui/shortcuts";
import { useI18n } from "@/i18n/i18n-provider";

/** The "?" sheet with the dashboard's shortcuts, in the user's language. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const s = t.shortcuts;
  return (
    <ShortcutSheet
      open={open}
      onClose={onClose}
      title={s.title}
      closeLabel={t.common.close}
      groups={[
        {
          title: s.list,
          shortcuts: [
            { keys: ["j"], description: s.next },
            { keys: ["k"], description: s.previous },
            { keys: ["x"], description: s.select },
            { keys: ["o", "Enter"], description: s.open },
            { keys: ["/"], description: s.search },
          ],
        },
        {
          title: s.tagging,
          shortcuts: [
            { keys: ["t"], description: s.tag },
            { keys: ["1", "…", "9"], description: s.recentTag },
            { keys: ["u"], description: s.undo },
            { keys: ["?"], description: s.help },
          ],
        },
      ]}
    />
  );
}
