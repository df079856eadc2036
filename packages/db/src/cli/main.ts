import { defineCommand, runMain } from "citty";

const main = defineCommand({
  meta: {
    name: "newsdesk",
    description:
      "Newsdesk's command line: import archives and manage the database (the embedded one in ./data, or DATABASE_URL)",
  },
  subCommands: {
    import: () => import("./import-command.js").then((module) => module.importCommand),
    db: () => import("./db-command.js").then((module) => module.dbCommand),
    rates: () => import("./rates-command.js").then((module) => module.ratesCommand),
    aid: () => import("./aid-command.js").then((module) => module.aidCommand),
  },
});

await runMain(main);
// Prisma's schema engine and PGlite keep timers alive after they are closed: the command is done, so leave.
process.exit(process.exitCode ?? 0);
