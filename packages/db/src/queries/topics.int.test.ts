import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import { createTag } from "./tags.js";
import { createSavedSearch, deleteSavedSearch, deleteTopic, followTag, getVisibleTopic, listSavedSearches, listTagTopics, listVisibleTopics } from "./topics.js";
import { createUser } from "./users.js";

let database: Database;
let ann: string;
let bob: string;
beforeAll(async () => {
  database = await createTestDatabase();
  ann = (await createUser(database.db, { email: "ann@example.org", name: "Ann", role: "editor", passwordHash: "h" })).id;
  bob = (await createUser(database.db, { email: "bob@example.org", name: "Bob", role: "viewer", passwordHash: "h" })).id;
});
afterAll(async () => {
  await database?.close();
});

describe("topic queries (saved searches)", () => {
  it("keeps each user's saved searches apart and stores the query object as given", async () => {
    const { db } = database;
    const query = { q: "乌克兰", sources: ["www.voachinese.com"], duplicates: "exclude" };
    const saved = await createSavedSearch(db, { name: " Ukraine aid ", query, createdById: ann });
    expect(saved).toMatchObject({ name: "Ukraine aid", kind: "search", query, createdById: ann });
    await createSavedSearch(db, { name: "Bob's", query: { q: "NATO" }, createdById: bob });
    expect((await listSavedSearches(db, { userId: ann })).map((topic) => topic.name)).toEqual(["Ukraine aid"]);
  });

  it("lets only the owner delete a saved search", async () => {
    const { db } = database;
    const [saved] = await listSavedSearches(db, { userId: ann });
    expect(await deleteSavedSearch(db, { id: saved!.id, userId: bob })).toBeNull();
    expect((await deleteSavedSearch(db, { id: saved!.id, userId: ann }))?.id).toBe(saved!.id);
    expect(await listSavedSearches(db, { userId: ann })).toEqual([]);
  });

  it("lists tag topics separately", async () => {
    const { db } = database;
    const tag = await createTag(db, { name: "Ukraine", color: "#4f46e5", createdById: ann });
    await db.topic.create({ data: { name: "Ukraine timeline", kind: "tag", tagId: tag.id } });
    expect((await listTagTopics(db)).map((topic) => [topic.name, topic.tagId])).toEqual([["Ukraine timeline", tag.id]]);
  });

  it("follows a tag once (the tag's current name shown), lists tag topics to all and searches to their owner", async () => {
    const { db } = database;
    const tag = await createTag(db, { name: "NATO", color: "#16a34a", createdById: ann });
    const first = await followTag(db, { tagId: tag.id, createdById: ann });
    expect(first).toMatchObject({ created: true, topic: { kind: "tag", name: "NATO", tagId: tag.id, tag: { name: "NATO", color: "#16a34a" } } });
    const again = await db.$transaction((tx) => followTag(tx, { tagId: tag.id, createdById: bob }));
    expect(again).toMatchObject({ created: false, topic: { id: first!.topic.id } });
    expect(await followTag(db, { tagId: "no-such-tag", createdById: ann })).toBeNull();
    const search = await createSavedSearch(db, { name: "Bob's NATO", query: { q: "北约" }, createdById: bob });
    const names = async (userId: string) => (await listVisibleTopics(db, { userId })).map((topic) => `${topic.kind}:${topic.name}`);
    expect(await names(bob)).toEqual(["tag:NATO", "tag:Ukraine timeline", "search:Bob's", "search:Bob's NATO"]);
    expect(await names(ann)).toEqual(["tag:NATO", "tag:Ukraine timeline"]);
    expect(await getVisibleTopic(db, { id: search.id, userId: ann })).toBeNull();
    expect((await getVisibleTopic(db, { id: search.id, userId: bob }))?.query).toEqual({ q: "北约" });
    expect((await getVisibleTopic(db, { id: first!.topic.id, userId: bob }))?.tag?.name).toBe("NATO");
  });

  it("deletes a topic by id", async () => {
    const { db } = database;
    const [nato] = await listTagTopics(db);
    expect((await deleteTopic(db, { id: nato!.id }))?.name).toBe("NATO");
    expect(await deleteTopic(db, { id: nato!.id })).toBeNull();
    expect((await listTagTopics(db)).map((topic) => topic.name)).toEqual(["Ukraine timeline"]);
  });
});
