import superjson from "superjson";

/** A tiny tRPC-over-HTTP client for the bench: the same requests the browser sends, with the session cookie. */
export class TrpcHttp {
  private cookie = "";

  constructor(private readonly baseUrl: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.baseUrl },
      body: JSON.stringify(superjson.serialize({ email, password })),
    });
    if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status} ${await response.text()}`);
    this.cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  /** A query (GET, like the browser's non-batched call); throws on a non-2xx answer. */
  async query<T>(path: string, input: unknown): Promise<T> {
    const url = `${this.baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const response = await fetch(url, { headers: { cookie: this.cookie } });
    const body = (await response.json()) as { result?: { data: { json: unknown; meta?: unknown } }; error?: unknown };
    if (!response.ok || !body.result) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body.error ?? body).slice(0, 300)}`);
    return superjson.deserialize(body.result.data as never) as T;
  }
}
