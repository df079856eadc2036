/**
 * Worker-thread entry (built to dist/parse-worker.js): parses the files the main thread sends and
 * posts the items back, in the order received. Replies go back a few at a time (fewer wake-ups of
 * the main thread, which shares the cores with the workers), and at once when no task is waiting.
 */
import { parentPort } from "node:worker_threads";
import { toJsonItem } from "./archive-entry.js";
import { parseEntry } from "./parse-entry.js";
import { type JsonReply, type ParseReply, type ParseTask, type ReadyMessage, encodeReplies, toJsonReply, toReply } from "./worker-messages.js";

const port = parentPort;
if (port === null) throw new Error("parse-worker.js must run as a worker thread.");

/** Replies per message at most: small enough that the main thread refills the queue before it runs dry. */
const REPLY_BATCH = 4;

let records: ParseReply[] = [];
let json: JsonReply[] = [];
let flushScheduled = false;

/** Posts the replies gathered so far. */
function flush(): void {
  flushScheduled = false;
  // One JSON string rather than the objects: the calling thread then pays a JSON.parse (~47 µs per
  // record on the corpus) instead of a structured-clone deserialisation of the deep record (~67 µs),
  // and it is the calling thread that limits readArchive with workers. See worker-messages.ts.
  if (records.length > 0) port?.postMessage(encodeReplies(records));
  if (json.length > 0) port?.postMessage(json);
  records = [];
  json = [];
}

port.on("message", (task: ParseTask) => {
  const bytes = task.bytes === null ? null : new Uint8Array(task.bytes);
  const item = parseEntry({ file: task.file, size: task.size, bytes, ...(task.path === null ? {} : { path: task.path }) }, task.options);
  if (task.output === "json") json.push(toJsonReply(task.id, toJsonItem(item)));
  else records.push(toReply(task.id, item));
  if (records.length + json.length >= REPLY_BATCH) flush();
  // The port hands over every waiting message before immediates run: this fires when the queue is empty.
  else if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
});

// The parser is loaded (this module's imports ran): the pool may send tasks now.
const ready: ReadyMessage = { ready: true };
port.postMessage(ready);
