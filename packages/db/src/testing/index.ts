export { createTestDatabase, testDatabaseKinds, testPostgresUrl, testDatabaseUrl } from "./test-database.js";
export { corpusDevDir, corpusDir, corpusFileNames, corpusSlice } from "./corpus.js";
export { contentSnapshot } from "./database-snapshot.js";
export { ScratchDirs } from "./scratch-dirs.js";
