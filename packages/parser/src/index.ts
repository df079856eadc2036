export { parse, parseFile, safeParse } from "./parse.js";
export type { ParseOptions, SafeParseResult } from "./parse.js";
export { ParseError, isParseError, parseErrorCodes } from "./errors.js";
export type { ParseErrorCode, SerializedParseError } from "./errors.js";
export {
  archiveFormatSchema,
  articleEntitySchema,
  articleImageSchema,
  articleLinkSchema,
  articleRecordSchema,
  articleSourceSchema,
  parseWarningSchema,
  publishedAtDetailSchema,
} from "./schema/article-record.js";
export type {
  ArchiveFormat,
  ArticleEntity,
  ArticleImage,
  ArticleLink,
  ArticleRecord,
  ArticleSource,
  ParseWarning,
  PublishedAtDetail,
} from "./schema/article-record.js";
export {
  articleBlockSchema,
  embedBlockSchema,
  headingBlockSchema,
  imageBlockSchema,
  listItemBlockSchema,
  paragraphBlockSchema,
  quoteBlockSchema,
} from "./schema/article-block.js";
export type { ArticleBlock, ArticleBlockType } from "./schema/article-block.js";
export { aidStatusSchema, aidTypeSchema, moneyMentionSchema, moneyQualifierSchema } from "./schema/money-mention.js";
export type { AidStatus, AidType, MoneyMention, MoneyQualifier } from "./schema/money-mention.js";
export { knownSources, lookUpSource } from "./sources/known-sources.js";
export type { KnownSource } from "./sources/known-sources.js";
export { canonicalizeUrl } from "./urls/canonical-url.js";
export { readArchive, readArchiveJson } from "./archive/read-archive.js";
export type { ArchiveInput, ReadArchiveOptions } from "./archive/read-archive.js";
export type { ArchiveItem, ArchiveJsonItem } from "./archive/archive-entry.js";
