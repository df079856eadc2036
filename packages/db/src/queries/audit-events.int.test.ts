import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import { countAuditEventsPerDay, listAuditEvents, listAuditFacets, recordAuditEvents } from "./audit-events.js";
import { createUser } from "./users.js";

let database: Database;
let ann: string;
beforeAll(async () => {
  database = await createTestDatabase();
  ann = (await createUser(database.db, { email: "ann@example.org", name: "Ann", role: "editor", passwordHash: "h" })).id;
});
afterAll(async () => {
  await database?.close();
});

describe("audit event queries", () => {
  it("records events with before/after snapshots and lists them newest first with keyset pages", async () => {
    const { db } = database;
    expect(
      await recordAuditEvents(db, [
        { actorId: ann, actorLabel: "ann@example.org", action: "tag.create", targetType: "tag", targetId: "t1", after: { name: "NATO" } },
      ]),
    ).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await recordAuditEvents(
      db,
      ["a1", "a2", "a3"].map((id) => ({
        actorId: ann,
        actorLabel: "ann@example.org",
        action: "article.tag",
        targetType: "article",
        targetId: id,
        after: { tags: ["NATO"] },
      })),
    );
    await recordAuditEvents(db, [{ actorId: null, actorLabel: "system", action: "user.create", targetType: "user", targetId: ann, before: null }]);

    const first = await listAuditEvents(db, { limit: 2 });
    expect(first.hasMore).toBe(true);
    expect(first.items[0]).toMatchObject({ action: "user.create", actorLabel: "system", before: null, after: null });
    const last = first.items.at(-1)!;
    const second = await listAuditEvents(db, { limit: 10, after: { at: last.at, id: last.id } });
    expect(second.hasMore).toBe(false);
    expect([...first.items, ...second.items].map((e) => e.action)).toEqual([
      "user.create",
      "article.tag",
      "article.tag",
      "article.tag",
      "tag.create",
    ]);
    expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(5);
  });

  it("filters by actor, action, target and time", async () => {
    const { db } = database;
    expect((await listAuditEvents(db, { limit: 10, action: "article.tag" })).items).toHaveLength(3);
    expect((await listAuditEvents(db, { limit: 10, targetType: "article", targetId: "a2" })).items.map((e) => e.targetId)).toEqual(["a2"]);
    expect((await listAuditEvents(db, { limit: 10, actorId: ann })).items).toHaveLength(4);
    expect((await listAuditEvents(db, { limit: 10, from: new Date(Date.now() + 60_000) })).items).toEqual([]);
    expect(await listAuditFacets(db)).toEqual({
      actions: ["article.tag", "tag.create", "user.create"],
      actors: [{ id: ann, label: "ann@example.org" }],
    });
  });

  it("counts events per day with empty days as zero", async () => {
    const today = new Date();
    const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 2));
    const to = new Date(from.getTime() + 3 * 86_400_000);
    const days = await countAuditEventsPerDay(database.db, { from, to, action: "article.tag" });
    expect(days.map((d) => d.count)).toEqual([0, 0, 3]);
    expect(days[2]!.day).toBe(today.toISOString().slice(0, 10));
  });
});
