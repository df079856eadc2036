/**
 * The demo archive's newsrooms. All are synthetic: their domains sit under .demo.newsdesk.invalid (a reserved
 * top-level domain, RFC 2606), so every record says so in its source, and their names say 示例 / synthetic.
 */
export type DemoLanguage = "zh-Hans" | "zh-Hant" | "en";

export interface DemoSource {
  slug: string;
  name: string;
  nameEn: string;
  language: DemoLanguage;
  /** Share of F1 / F2 / F3 files this source's archive has (the real archives differ by source too). */
  formats: { F1: number; F2: number; F3: number };
  /** A source that republishes other sources' articles word for word (near-duplicates). */
  mirror?: boolean;
}

export const demoDomainSuffix = ".demo.newsdesk.invalid";

export const demoSources: readonly DemoSource[] = [
  { slug: "daily", name: "示例日报（合成）", nameEn: "Demo Daily (synthetic)", language: "zh-Hans", formats: { F1: 6, F2: 3, F3: 1 } },
  { slug: "evening", name: "示例晚报（合成）", nameEn: "Demo Evening News (synthetic)", language: "zh-Hans", formats: { F1: 2, F2: 7, F3: 1 } },
  { slug: "finance", name: "示例财经（合成）", nameEn: "Demo Finance (synthetic)", language: "zh-Hans", formats: { F1: 5, F2: 5, F3: 0 } },
  { slug: "world", name: "示例国际（合成）", nameEn: "Demo World (synthetic)", language: "zh-Hans", formats: { F1: 7, F2: 2, F3: 1 } },
  { slug: "tech", name: "示例科技（合成）", nameEn: "Demo Tech (synthetic)", language: "zh-Hans", formats: { F1: 3, F2: 6, F3: 1 } },
  { slug: "observer", name: "示例观察（合成）", nameEn: "Demo Observer (synthetic)", language: "zh-Hans", formats: { F1: 4, F2: 4, F3: 2 } },
  { slug: "voice", name: "示例环球之声（合成）", nameEn: "Demo Global Voice (synthetic)", language: "zh-Hans", formats: { F1: 8, F2: 2, F3: 0 } },
  { slug: "commentary", name: "示例时评（合成）", nameEn: "Demo Commentary (synthetic)", language: "zh-Hans", formats: { F1: 2, F2: 5, F3: 3 } },
  { slug: "times", name: "示例時報（合成）", nameEn: "Demo Times (synthetic)", language: "zh-Hant", formats: { F1: 6, F2: 3, F3: 1 } },
  { slug: "newsnet", name: "示例新聞網（合成）", nameEn: "Demo Newsnet (synthetic)", language: "zh-Hant", formats: { F1: 4, F2: 6, F3: 0 } },
  { slug: "hk", name: "示例港聞（合成）", nameEn: "Demo Hong Kong News (synthetic)", language: "zh-Hant", formats: { F1: 5, F2: 3, F3: 2 } },
  { slug: "weekly", name: "示例週刊（合成）", nameEn: "Demo Weekly (synthetic)", language: "zh-Hant", formats: { F1: 3, F2: 7, F3: 0 } },
  { slug: "wire", name: "Demo Wire (synthetic)", nameEn: "Demo Wire (synthetic)", language: "en", formats: { F1: 7, F2: 3, F3: 0 } },
  { slug: "ledger", name: "Demo Ledger (synthetic)", nameEn: "Demo Ledger (synthetic)", language: "en", formats: { F1: 4, F2: 6, F3: 0 } },
  { slug: "mirror", name: "示例转载站（合成）", nameEn: "Demo Mirror (synthetic)", language: "zh-Hans", formats: { F1: 0, F2: 10, F3: 0 }, mirror: true },
];

export function demoDomain(source: DemoSource): string {
  return `${source.slug}${demoDomainSuffix}`;
}
