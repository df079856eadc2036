import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client/create-database.js";
import { createTestDatabase } from "../testing/index.js";
import {
  countActiveAdmins,
  countUsers,
  createUser,
  getUserById,
  getUserCredentialsByEmail,
  listUsers,
  setUserPasswordHash,
  updateUser,
} from "./users.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("users queries", () => {
  it("creates users with a normalised email and never selects the hash outside sign-in", async () => {
    const { db } = database;
    expect(await countUsers(db)).toBe(0);
    const ann = await createUser(db, { email: "  Ann@Example.ORG ", name: " Ann ", role: "admin", passwordHash: "h1" });
    expect(ann).toMatchObject({ email: "ann@example.org", name: "Ann", role: "admin", disabledAt: null });
    expect(ann).not.toHaveProperty("passwordHash");
    expect(await getUserById(db, { id: ann.id })).not.toHaveProperty("passwordHash");
    expect(await getUserCredentialsByEmail(db, { email: "ANN@example.org" })).toMatchObject({ id: ann.id, passwordHash: "h1" });
    expect(await getUserCredentialsByEmail(db, { email: "nobody@example.org" })).toBeNull();
  });

  it("refuses a second account with the same email", async () => {
    await expect(createUser(database.db, { email: "ann@example.org", name: "Other", role: "viewer", passwordHash: "x" })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("updates role, name, disabled state and password, and counts active admins", async () => {
    const { db } = database;
    const bob = await createUser(db, { email: "bob@example.org", name: "Bob", role: "editor", passwordHash: "h2" });
    expect(await countActiveAdmins(db)).toBe(1);
    const promoted = await updateUser(db, { id: bob.id, role: "admin", name: "Robert" });
    expect(promoted).toMatchObject({ role: "admin", name: "Robert" });
    expect(await countActiveAdmins(db)).toBe(2);
    const disabled = await updateUser(db, { id: bob.id, disabled: true });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await countActiveAdmins(db)).toBe(1);
    expect((await updateUser(db, { id: bob.id, disabled: false })).disabledAt).toBeNull();
    await setUserPasswordHash(db, { id: bob.id, passwordHash: "h3" });
    expect((await getUserCredentialsByEmail(db, { email: "bob@example.org" }))?.passwordHash).toBe("h3");
    expect((await listUsers(db)).map((user) => user.email)).toEqual(["ann@example.org", "bob@example.org"]);
  });
});
