/**
 * `npm start` for the dashboard: prepares the database, then runs `next start`.
 * 1. Opens the database (PostgreSQL when DATABASE_URL is set, else the embedded one in NEWSDESK_DATA_DIR).
 * 2. Applies pending migrations.
 * 3. Seeds the sample archive when there is no article yet.
 * 4. Creates the first admin when there is no user (NEWSDESK_ADMIN_EMAIL / NEWSDESK_ADMIN_PASSWORD, or a random
 *    password printed once, below).
 * 5. Closes the database (the embedded one admits one process) and hands over to `next start` on PORT (3000).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, migrateDatabase } from "@newsdesk/db";
import { seedDemo } from "@newsdesk/db/seed";
import { ensureFirstAdmin } from "../src/server/auth/first-admin";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");

async function prepareDatabase(): Promise<void> {
  const database = await createDatabase(process.env.NEWSDESK_DATA_DIR ? { dataDir: process.env.NEWSDESK_DATA_DIR } : {});
  try {
    console.log(`[newsdesk] database: ${database.kind} (${database.location})`);
    const { applied } = await migrateDatabase(database);
    if (applied.length > 0) console.log(`[newsdesk] applied ${applied.length} migration(s)`);
    if ((await database.db.article.count({ take: 1 })) === 0) {
      console.log("[newsdesk] empty archive: importing the sample archive…");
      const { import: summary } = await seedDemo(database.db, { actor: "seed" });
      console.log(`[newsdesk] sample archive: ${summary.counts.new} new articles, ${summary.counts.failed} failed files`);
    }
    const admin = await ensureFirstAdmin(database.db, { email: process.env.NEWSDESK_ADMIN_EMAIL, password: process.env.NEWSDESK_ADMIN_PASSWORD });
    if (admin.created && admin.generatedPassword) {
      console.log(
        [
          "",
          "  ┌──────────────────────────────────────────────────────────────┐",
          "  │ First admin created. This password is shown once, now:       │",
          `  │   email:    ${admin.email!.padEnd(49)}│`,
          `  │   password: ${admin.generatedPassword.padEnd(49)}│`,
          "  │ Sign in and change it, or set NEWSDESK_ADMIN_PASSWORD.       │",
          "  └──────────────────────────────────────────────────────────────┘",
          "",
        ].join("\n"),
      );
    } else if (admin.created) {
      console.log(`[newsdesk] first admin created: ${admin.email}`);
    }
  } finally {
    await database.close();
  }
}

function startNext(): void {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const port = process.env.PORT ?? "3000";
  const child = spawn(process.execPath, [nextBin, "start", "--port", port, ...process.argv.slice(2)], { cwd: appDir, stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

prepareDatabase().then(startNext, (error: unknown) => {
  console.error(`[newsdesk] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
