import { diffSchemaAgainstMigrations } from "./diff.js";
import { writeMigration } from "./migration-files.js";

/**
 * Dev command behind `npm run migrate:create -w @newsdesk/db -- <name>`: writes the SQL that brings the existing
 * migrations up to schema.prisma as the next migration folder. Prints nothing to write when they already agree.
 */
async function main(): Promise<void> {
  const name = process.argv.slice(2).join(" ").trim();
  if (!name) {
    console.error("usage: npm run migrate:create -w @newsdesk/db -- <name>");
    process.exitCode = 2;
    return;
  }
  const diff = await diffSchemaAgainstMigrations();
  if (!diff.drift) {
    console.log("schema.prisma and the migrations agree: no migration to write.");
    return;
  }
  const folder = await writeMigration(name, diff.sql);
  console.log(`wrote prisma/migrations/${folder}/migration.sql — review it, then run \`npx newsdesk db migrate\`.`);
}

await main();
// The schema engine keeps handles open; the work is done.
process.exit(process.exitCode ?? 0);
