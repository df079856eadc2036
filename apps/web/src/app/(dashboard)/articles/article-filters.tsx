"use client";

import { Button, Select, TextInput } from "@newsdesk/ui/primitives";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent, type Ref } from "react";
import { useI18n } from "@/i18n/i18n-provider";
import { emptyArticleQuery, type ArticleQuery } from "@/lib/article-query";
import { useTRPC } from "@/trpc/react";
import { languageLabel, languageOptions } from "./language-options";

export interface ArticleFiltersProps {
  query: ArticleQuery;
  onChange: (query: ArticleQuery) => void;
  searchRef: Ref<HTMLInputElement>;
}

/** The search box (applied on Enter) and the filters (applied as they change); all of it lives in the URL. */
export function ArticleFilters({ query, onChange, searchRef }: ArticleFiltersProps) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const sources = useQuery(trpc.articles.sources.queryOptions());
  const tags = useQuery(trpc.tags.list.queryOptions());
  const languages = useQuery(trpc.articles.languages.queryOptions());
  const [text, setText] = useState(query.q);
  // When the URL's search changes (back button, a saved search), the box follows it.
  const [shownQuery, setShownQuery] = useState(query.q);
  if (shownQuery !== query.q) {
    setShownQuery(query.q);
    setText(query.q);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...query, q: text.trim() });
    // Hand the keyboard back to the list, so j/k/x work right after a search (Esc does the same).
    (event.currentTarget.elements.namedItem("q") as HTMLInputElement | null)?.blur();
  };
  const set = <K extends keyof ArticleQuery>(key: K, value: ArticleQuery[K]) => onChange({ ...query, [key]: value });
  const optional = (value: string) => (value === "" ? undefined : value);

  return (
    <div className="space-y-2">
      <form onSubmit={submit} role="search" className="flex gap-2">
        <TextInput
          ref={searchRef}
          type="search"
          name="q"
          aria-label={t.articles.search}
          placeholder={t.articles.searchPlaceholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") event.currentTarget.blur();
          }}
          className="max-w-xl"
        />
        <Button type="submit" variant="primary">
          {t.articles.search}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2 text-sm" aria-label={t.articles.filters}>
        <Select aria-label={t.articles.source} value={query.sources[0] ?? ""} onChange={(e) => set("sources", e.target.value ? [e.target.value] : [])} className="h-8 w-40">
          <option value="">{t.articles.allSources}</option>
          {sources.data?.map((source) => (
            <option key={source.id} value={source.id}>
              {locale === "zh" ? source.name : source.nameEn}
            </option>
          ))}
        </Select>
        <TextInput type="date" aria-label={t.articles.from} value={query.from ?? ""} onChange={(e) => set("from", optional(e.target.value))} className="h-8 w-36" />
        <TextInput type="date" aria-label={t.articles.to} value={query.to ?? ""} onChange={(e) => set("to", optional(e.target.value))} className="h-8 w-36" />
        <Select aria-label={t.articles.tag} value={query.tags[0] ?? ""} onChange={(e) => set("tags", e.target.value ? [e.target.value] : [])} className="h-8 w-36">
          <option value="">{t.articles.anyTag}</option>
          {tags.data?.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </Select>
        <Select aria-label={t.articles.language} value={query.language ?? ""} onChange={(e) => set("language", optional(e.target.value))} className="h-8 w-32">
          <option value="">{t.articles.anyLanguage}</option>
          {languageOptions(languages.data, query.language).map((code) => (
            <option key={code} value={code}>
              {languageLabel(code, t.articles.languages)}
            </option>
          ))}
        </Select>
        <Select aria-label={t.articles.aid} value={query.aid ?? ""} onChange={(e) => set("aid", optional(e.target.value) as ArticleQuery["aid"])} className="h-8 w-44">
          <option value="">
            {t.articles.aid}: {t.articles.aidAny}
          </option>
          <option value="yes">{t.articles.aidYes}</option>
          <option value="no">{t.articles.aidNo}</option>
        </Select>
        <Select aria-label={t.articles.duplicates} value={query.duplicates} onChange={(e) => set("duplicates", e.target.value as ArticleQuery["duplicates"])} className="h-8 w-36">
          <option value="include">{t.articles.duplicatesInclude}</option>
          <option value="exclude">{t.articles.duplicatesExclude}</option>
          <option value="only">{t.articles.duplicatesOnly}</option>
        </Select>
        <Select aria-label={t.articles.sort} value={query.sort} onChange={(e) => set("sort", e.target.value as ArticleQuery["sort"])} className="h-8 w-36">
          <option value="published-desc">{t.articles.sortPublishedDesc}</option>
          <option value="published-asc">{t.articles.sortPublishedAsc}</option>
          <option value="archived-desc">{t.articles.sortArchivedDesc}</option>
        </Select>
        <Button size="sm" variant="ghost" onClick={() => onChange(emptyArticleQuery)}>
          {t.common.reset}
        </Button>
      </div>
    </div>
  );
}
