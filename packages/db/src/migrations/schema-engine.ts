import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter. The Prisma CLI would download a
 * native engine from Prisma's servers for `migrate`; this runs the same engine (same migration folder layout, same
 * `_prisma_migrations` table) with nothing but npm packages. See ../shared/docs/prisma-offline.md.
 */
type SchemaEngineBindings = typeof SchemaEngineGlue;

/** The slice of the WebAssembly API used here (the project's lib settings carry no DOM/WebAssembly typings). */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

let bindings: Promise<SchemaEngineBindings> | null = null;

/** Node 20 cannot import a .wasm file as an ES module, so the wasm-bindgen glue is wired by hand, once. */
function loadBindings(): Promise<SchemaEngineBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as SchemaEngineBindings & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));
    const wasm = (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;
    const { instance } = await wasm.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return glue;
  })();
  return bindings;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** Opens the schema engine on a database reached through `adapterFactory`; `free()` it when done. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const log = (message: string) => {
    if (process.env.NEWSDESK_DEBUG_MIGRATIONS) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  return SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export const noSchemaFilter = { externalTables: [] as string[], externalEnums: [] as string[] };
