import { Agent, request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import superjson from "superjson";

interface Answer {
  status: number;
  body: Buffer;
  setCookie: string | undefined;
}

/**
 * A small tRPC-over-HTTP client for the bench: the requests the browser sends (GET queries with the session cookie,
 * accepting Brotli and gzip like a browser), over keep-alive connections.
 *
 * It uses node:http rather than fetch, and the timed calls (`get`) only check the status and read the whole body
 * without decoding it: the client shares the machine's two cores with the server and PostgreSQL, and a browser
 * would decode on its own machine. fetch plus decompressing and superjson-decoding a 50-article page cost the
 * client ~5 ms of CPU per request here, a sixth of what the server spent. `query` decodes, for the bench's setup.
 */
export class TrpcHttp {
  private cookie = "";
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(private readonly baseUrl: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.send("POST", "auth.signIn", JSON.stringify(superjson.serialize({ email, password })));
    if (answer.status !== 200) throw new Error(`sign-in failed: HTTP ${answer.status} ${answer.body.toString("utf8").slice(0, 300)}`);
    this.cookie = (answer.setCookie ?? "").split(";")[0] ?? "";
  }

  /** Sends the session cookie another client signed in with (another instance of the app, the same database). */
  useSessionOf(other: TrpcHttp): void {
    this.cookie = other.cookie;
  }

  /** A query, decoded; throws on a non-2xx answer. */
  async query<T>(path: string, input: unknown): Promise<T> {
    const answer = await this.send("GET", `${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`);
    const body = JSON.parse(answer.body.toString("utf8")) as { result?: { data: { json: unknown; meta?: unknown } }; error?: unknown };
    if (answer.status !== 200 || !body.result) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(body.error ?? body).slice(0, 300)}`);
    return superjson.deserialize(body.result.data as never) as T;
  }

  /** A timed query: true when the server answered 200 (tRPC answers errors with 4xx/5xx) and the body arrived whole. */
  async get(path: string, input: unknown): Promise<boolean> {
    const answer = await this.send("GET", `${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, undefined, false);
    return answer.status === 200 && answer.body.length > 0;
  }

  private send(method: "GET" | "POST", pathAndQuery: string, body?: string, decode = true): Promise<Answer> {
    const url = new URL(`/api/trpc/${pathAndQuery}`, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            "accept-encoding": "gzip, deflate, br",
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(body !== undefined ? { "content-type": "application/json", origin: this.baseUrl, "content-length": Buffer.byteLength(body) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers["content-encoding"];
            const decoded = !decode ? raw : encoding === "br" ? brotliDecompressSync(raw) : encoding === "gzip" ? gunzipSync(raw) : raw;
            const cookie = res.headers["set-cookie"]?.[0];
            resolve({ status: res.statusCode ?? 0, body: decoded, setCookie: cookie });
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
