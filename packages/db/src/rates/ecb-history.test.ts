import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCalendarDay, linesOf, parseEcbHistory, readEcbHistory } from "./ecb-history.js";
import { RatesFileError } from "./rates-errors.js";
import { sharedEcbHistoryPath } from "./shared-history-path.js";

const sample = [
  "Date,USD,JPY,RUB,CNY,",
  "2022-03-02,1.1104,127.95,N/A,7.0158,",
  "2022-03-01,1.1163,128.75,117.2937,7.0506,",
  "2022-02-28,1.1240,129.22,N/A,7.0957,",
  "",
].join("\n");

async function failureOf(text: string): Promise<RatesFileError> {
  try {
    await parseEcbHistory([text]);
  } catch (error) {
    if (error instanceof RatesFileError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("readEcbHistory", () => {
  it("reads the ECB layout: trailing comma, N/A as no rate, newest day first", async () => {
    const { days, summary } = await parseEcbHistory([sample]);
    expect(summary).toEqual({ currencies: ["USD", "JPY", "RUB", "CNY"], days: 3, values: 10, from: "2022-02-28", to: "2022-03-02" });
    expect(days[0]).toEqual({
      date: "2022-03-02",
      rates: [
        { currency: "USD", perEur: 1.1104 },
        { currency: "JPY", perEur: 127.95 },
        { currency: "CNY", perEur: 7.0158 },
      ],
    });
    expect(days[1]!.rates.find((rate) => rate.currency === "RUB")).toEqual({ currency: "RUB", perEur: 117.2937 });
  });

  it("accepts what a spreadsheet round-trip adds: BOM, CRLF, quotes, no trailing comma, chunks cut mid-line", async () => {
    const text = '\uFEFF"Date","USD","JPY"\r\n"2024-01-02","1.0956","155.45"\r\n2024-01-03,1.0919,N/A\r\n';
    const chunks = [text.slice(0, 7), text.slice(7, 31), text.slice(31)];
    const { days, summary } = await parseEcbHistory(chunks);
    expect(summary.currencies).toEqual(["USD", "JPY"]);
    expect(days.map((day) => [day.date, day.rates.length])).toEqual([
      ["2024-01-02", 2],
      ["2024-01-03", 1],
    ]);
  });

  it.each([
    ["", "EMPTY_FILE", null],
    ["Day,USD\n2024-01-02,1.1\n", "NOT_ECB_LAYOUT", 1],
    ["Date,\n", "NOT_ECB_LAYOUT", 1],
    ["Date,US Dollar\n", "BAD_CURRENCY_COLUMN", 1],
    ["Date,USD,USD\n", "DUPLICATE_CURRENCY_COLUMN", 1],
    ["Date,USD\n2024-02-30,1.1\n", "BAD_DATE", 2],
    ["Date,USD\n02/01/2024,1.1\n", "BAD_DATE", 2],
    ["Date,USD\n2024-01-02,1.1\n\n2024-01-03,-1\n", "BAD_RATE", 4],
    ["Date,USD\n2024-01-02,0\n", "BAD_RATE", 2],
    ["Date,USD\n2024-01-02,1,1e3\n", "WRONG_COLUMN_COUNT", 2],
    ["Date,USD,JPY\n2024-01-02,1.1\n", "WRONG_COLUMN_COUNT", 2],
    ["Date,USD\n2024-01-02,1.1\n2024-01-02,1.2\n", "DUPLICATE_DATE", 3],
    ["Date,USD\n2024-01-02,N/A\n", "NO_RATES", null],
  ])("refuses %j with %s at line %s", async (text, code, line) => {
    const error = await failureOf(text);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
  });

  it("yields day by day, so a caller can stop early without reading the rest", async () => {
    const seen: string[] = [];
    for await (const day of readEcbHistory([sample])) {
      seen.push(day.date);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["2022-03-02", "2022-03-01"]);
  });

  it.runIf(sharedEcbHistoryPath() !== null)("reads the ECB's full history file (../shared/data)", async () => {
    const stream = createReadStream(sharedEcbHistoryPath()!, { encoding: "utf8", highWaterMark: 4096 });
    const { days, summary } = await parseEcbHistory(stream);
    expect(summary.from).toBe("1999-01-04");
    expect(summary.to).toBe("2025-05-09");
    expect(summary.currencies).toHaveLength(41);
    expect(summary.days).toBe(days.length);
    expect(summary.days).toBeGreaterThan(6_700);
    const first = days.find((day) => day.date === "1999-01-04")!;
    expect(first.rates.find((rate) => rate.currency === "USD")?.perEur).toBe(1.1789);
  });
});

describe("helpers", () => {
  it("checks calendar days", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-02-29")).toBe(false);
    expect(isCalendarDay("2023-13-01")).toBe(false);
  });

  it("splits chunks into lines with or without a final newline", async () => {
    const lines: string[] = [];
    for await (const line of linesOf(["a\r", "\nb\nc"])) lines.push(line);
    expect(lines).toEqual(["a", "b", "c"]);
  });
});
