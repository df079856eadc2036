"use client";

import { Button, Kbd, TagChip } from "@newsdesk/ui/primitives";
import { useShortcuts } from "@newsdesk/ui/shortcuts";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useCurrentUser } from "@/components/current-user";
import { ShortcutHelp } from "@/components/shortcut-help";
import { TagPickerDialog } from "@/components/tagging/tag-picker-dialog";
import { useTagging } from "@/components/tagging/tagging-provider";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";
import type { ArticleDetail } from "./article-detail-type";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 pt-3">
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

/** Tags (t to add, × to remove, suggestions one click away), entities, duplicates, links, history. */
export function ArticleSidePanel({ article }: { article: ArticleDetail }) {
  const { t, locale } = useI18n();
  const { canEdit } = useCurrentUser();
  const { addTag, removeTag, undo, busy } = useTagging();
  const trpc = useTRPC();
  const [pickerOpen, setPickerOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const suggestions = useQuery({ ...trpc.tagging.suggestions.queryOptions({ articleId: article.id }), enabled: canEdit });

  useShortcuts({ t: () => canEdit && setPickerOpen(true), u: () => void undo(), "?": () => setHelpOpen(true) }, !pickerOpen && !helpOpen);

  return (
    <aside className="space-y-4 text-sm" aria-label={t.article.tags}>
      <Section title={t.article.tags}>
        <div className="flex flex-wrap gap-1.5" data-testid="article-tags">
          {article.tags.length === 0 ? <p className="text-slate-500">{t.article.noTags}</p> : null}
          {article.tags.map((tag) => (
            <span key={tag.id} title={tag.taggedBy ? `${tag.taggedBy}` : undefined}>
              <TagChip name={tag.name} color={tag.color} onRemove={canEdit ? () => void removeTag(article.id, tag) : undefined} removeLabel={t.common.delete} />
            </span>
          ))}
        </div>
        {canEdit ? (
          <Button size="sm" className="mt-2" onClick={() => setPickerOpen(true)} busy={busy}>
            {t.article.addTag} <Kbd>t</Kbd>
          </Button>
        ) : null}
        {canEdit && suggestions.data && suggestions.data.length > 0 ? (
          <div className="mt-3">
            <p className="mb-1 text-xs text-slate-500">{t.article.suggestions}</p>
            <div className="flex flex-wrap gap-1">
              {suggestions.data.map(({ tag }) => (
                <button key={tag.id} type="button" onClick={() => void addTag([article.id], tag)} className="rounded-full border border-dashed border-slate-300 px-2 py-0.5 text-xs text-slate-600 hover:border-indigo-400 hover:text-indigo-700">
                  + {tag.name}
                </button>
              ))}
            </div>
          </div>
        ) : null}
      </Section>

      <Section title={t.article.entities}>
        {article.entities.length === 0 ? <p className="text-slate-500">{t.article.noEntities}</p> : null}
        <ul className="space-y-0.5">
          {article.entities.map((entity) => (
            <li key={`${entity.zh}|${entity.en}`} className="flex justify-between gap-2">
              <span>
                {entity.zh} <span className="text-slate-500">{entity.en}</span>
              </span>
              {entity.count > 1 ? <span className="text-xs text-slate-400">×{entity.count}</span> : null}
            </li>
          ))}
        </ul>
      </Section>

      {article.duplicates.length > 0 ? (
        <Section title={t.article.duplicates}>
          <ul className="space-y-1">
            {article.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link href={`/articles/${encodeURIComponent(duplicate.id)}`} className="text-indigo-700 hover:underline">
                  {locale === "zh" ? duplicate.source.name : duplicate.source.nameEn}: {duplicate.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {article.links.length > 0 ? (
        <Section title={t.article.links}>
          <ul className="space-y-1">
            {article.links.slice(0, 30).map((link, index) => (
              <li key={`${link.href}-${index}`} className="truncate">
                <a href={link.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-indigo-700 hover:underline">
                  {link.text || link.href}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title={t.article.file}>
        <p className="font-mono text-xs break-all text-slate-500">
          {article.file} · {article.format}
        </p>
        <Link href={`/audit?targetType=article&targetId=${encodeURIComponent(article.id)}`} className="mt-1 inline-block text-xs text-indigo-700 hover:underline">
          {t.audit.title} →
        </Link>
        {article.warnings.length > 0 ? (
          <details className="mt-2 text-xs text-slate-500">
            <summary>
              {t.article.warnings} ({article.warnings.length})
            </summary>
            <ul className="mt-1 list-disc pl-4">
              {article.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.code}: {warning.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </Section>

      {canEdit ? <TagPickerDialog open={pickerOpen} onClose={() => setPickerOpen(false)} articleIds={[article.id]} appliedTags={article.tags} /> : null}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </aside>
  );
}
