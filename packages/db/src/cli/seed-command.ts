import { defineCommand } from "citty";
import { migrateDatabase } from "../migrations/migrate.js";
import { seedDemo } from "../seed/seed-demo.js";
import { ImportProgressLine, formatSummary } from "./import-progress.js";
import { describeDatabase, withDatabase } from "./with-database.js";

export const seedCommand = defineCommand({
  meta: {
    name: "seed",
    description: "Import the sample archive that ships with Newsdesk (the seed file + a synthetic demo archive)",
  },
  args: {
    "if-empty": { type: "boolean", description: "Only when the database has no articles yet (for first-run scripts)" },
  },
  async run({ args }) {
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      if (args["if-empty"] && (await database.db.article.count()) > 0) {
        console.log(`${describeDatabase(database)} already has articles: not seeding.`);
        return;
      }
      const line = new ImportProgressLine(process.stderr, null);
      const result = await seedDemo(database.db, { onProgress: (progress) => line.update(progress) });
      line.clear();
      console.log(formatSummary(result.import, describeDatabase(database)));
      console.log(`Demo tags: ${result.tags.map((tag) => `${tag.name} (${tag.articles})`).join(", ")}`);
      console.log("Every demo source is synthetic (domains under .demo.newsdesk.invalid).");
    });
  },
});
