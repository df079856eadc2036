"use client";

import { useRouter } from "next/navigation";

/** Back to the list as it was (search, filters, scroll): history when we came from it, else the list. */
export function BackToResults({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-sm text-slate-500 hover:text-slate-800"
      onClick={() => {
        if (window.history.length > 1 && document.referrer.startsWith(window.location.origin)) router.back();
        else router.push("/articles");
      }}
    >
      ← {label}
    </button>
  );
}
