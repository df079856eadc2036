export { createTestDatabase, testDatabaseKinds, testPostgresUrl } from "./test-database.js";
