import { defineCommand } from "citty";
import { refreshAllAidFigures } from "../aid/refresh-figures.js";
import { migrateDatabase } from "../migrations/migrate.js";
import { describeDatabase, withDatabase } from "./with-database.js";

const refresh = defineCommand({
  meta: {
    name: "refresh",
    description: "Re-derive every aid figure from its money mention, its review and the stored rates (after an upgrade)",
  },
  args: { "page-size": { type: "string", description: "Articles per transaction (default 500)" } },
  async run({ args }) {
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      const started = Date.now();
      const pageSize = args["page-size"] ? Number(args["page-size"]) : 500;
      const totals = await refreshAllAidFigures(database.db, {
        pageSize,
        onProgress: (progress) => process.stderr.write(`\r${progress.articles} articles, ${progress.figures} figures…`),
      });
      process.stderr.write("\r\x1b[K");
      console.log(
        `${describeDatabase(database)}: ${totals.figures} aid figures of ${totals.articles} articles re-derived in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  },
});

export const aidCommand = defineCommand({
  meta: { name: "aid", description: "Aid figures derived from the money mentions" },
  subCommands: { refresh },
});
