import type { PrismaClient } from "../../generated/prisma/client.js";
import { isSyntheticDomain, sourceIdFor } from "../../ingest/stable-ids.js";

export interface SeedSourceInput {
  domain?: string;
  name?: string;
  nameEn?: string;
  known?: boolean;
  synthetic?: boolean;
}

let counter = 0;

/**
 * Creates (or renames) a source under the id the importer would give its domain, so that articles imported later
 * join it.
 */
export async function seedSource(db: PrismaClient, input: SeedSourceInput = {}) {
  counter += 1;
  const domain = (input.domain ?? `source-${counter}.example.org`).toLowerCase();
  const data = {
    name: input.name ?? domain,
    nameEn: input.nameEn ?? input.name ?? domain,
    known: input.known ?? false,
    synthetic: input.synthetic ?? isSyntheticDomain(domain),
  };
  return db.source.upsert({
    where: { domain },
    create: { id: sourceIdFor(domain), domain, ...data },
    update: data,
    select: { id: true, domain: true, name: true, nameEn: true, known: true, synthetic: true },
  });
}
