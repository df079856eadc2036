import type { Database } from "@newsdesk/db";
import { importExchangeRates } from "@newsdesk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aidChartParamsSchema } from "../../lib/aid-query";
import { articleQuerySchema } from "../../lib/article-query";
import { importTestArticles, openTestDatabase } from "../testing/router-test-kit";
import { aidCsvStream, aidExportColumns, aidExportRows } from "./aid-figure-export";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await importTestArticles(database.db, [
    {
      title: "德国对乌克兰的新援助",
      body: ["德国将向乌克兰提供1亿欧元（约1.1亿美元）的军事援助。", "乌克兰政府拨款50亿格里夫纳用于重建。"].join("</p><p>"),
      published: "Wed, 29 Nov 2023 22:43:38 GMT",
    },
  ]);
  const csv = "Date,USD,\n2023-11-29,1.0985,\n2023-11-28,1.0967,\n";
  await importExchangeRates(database.db, { name: "rates.csv", bytes: new TextEncoder().encode(csv) }, { actor: "test" });
});
afterAll(async () => {
  await database?.close();
});

async function collect(): Promise<string> {
  const stream = aidCsvStream(aidExportRows(database.db, articleQuerySchema.parse({ q: "乌克兰" }), aidChartParamsSchema.parse({})));
  return new Response(stream).text();
}

describe("aid-figure export", () => {
  it("writes one CSV row per figure with original and converted amounts, the rate, its day and source", async () => {
    const text = await collect();
    const [header, ...lines] = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(header).toBe(aidExportColumns.join(","));
    expect(lines).toHaveLength(3);
    const euro = lines.find((line) => line.includes(",1亿欧元,"))!;
    expect(euro).toContain(",100000000,,EUR,true,military,Germany,Ukraine,committed,false,tranche,unreviewed,converted,109850000,100000000,EUR,,,1.0985,2023-11-29,");
    expect(euro).toContain("ECB euro foreign exchange reference rates");
    const dollars = lines.find((line) => line.includes(",约1.1亿美元,"))!;
    expect(dollars).toContain(",equivalent,");
    const hryvnia = lines.find((line) => line.includes(",50亿格里夫纳,"))!;
    expect(hryvnia).toContain(",UAH,");
    expect(hryvnia).toContain(",no-rate-for-currency,,,");
  });

  it("stops at the cap", async () => {
    const rows: unknown[] = [];
    for await (const row of aidExportRows(database.db, articleQuerySchema.parse({}), aidChartParamsSchema.parse({}), 2)) rows.push(row);
    expect(rows).toHaveLength(2);
  });
});
