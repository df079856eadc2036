// Seed factories shared by seeds and tests, the demo archive generator and the sample archive paths.
export { makeArticleRecord } from "./factories/article-record.js";
export type { ArticleRecordInput } from "./factories/article-record.js";
export { seedArticle, seedArticles } from "./factories/articles.js";
export { seedSource } from "./factories/sources.js";
export type { SeedSourceInput } from "./factories/sources.js";
export { seedArticleTag, seedTag, seedTopic } from "./factories/tags.js";
export { defaultSeedPassword, seedUser } from "./factories/users.js";
export type { SeedUserInput } from "./factories/users.js";
export { seedDemo } from "./seed-demo.js";
export type { SeedDemoResult } from "./seed-demo.js";
export { generateDemoArchive, generateDemoArticles } from "./demo-archive/generate-demo-archive.js";
export type { DemoArchiveOptions, DemoFile } from "./demo-archive/generate-demo-archive.js";
export { demoDomain, demoSources } from "./demo-archive/demo-sources.js";
export type { DemoSource } from "./demo-archive/demo-sources.js";
export { tarGz } from "./demo-archive/tar-gz.js";
export { demoArchivePath, sampleArchivePaths, seedFileDir } from "./sample-paths.js";
export { storeArticleRecords } from "../ingest/store-records.js";
