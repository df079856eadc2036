/**
 * Worker-thread entry (built to dist/parse-worker.js): parses the files the main thread sends and
 * posts the items back, in the order received. Replies go back a few at a time (fewer wake-ups of
 * the main thread, which shares the cores with the workers), and at once when no task is waiting.
 */
import { parentPort } from "node:worker_threads";
import { parseEntry } from "./parse-entry.js";
import { type ParseReply, type ParseTask, encodeReplies, toReply } from "./worker-messages.js";

const port = parentPort;
if (port === null) throw new Error("parse-worker.js must run as a worker thread.");

/** Replies per message at most: small enough that the main thread refills the queue before it runs dry. */
const REPLY_BATCH = 4;

let replies: ParseReply[] = [];
let flushScheduled = false;

/** Posts the replies gathered so far. */
function flush(): void {
  flushScheduled = false;
  if (replies.length === 0) return;
  const batch = replies;
  replies = [];
  // One JSON string rather than the objects: the calling thread then pays a JSON.parse (~47 µs per
  // record on the corpus) instead of a structured-clone deserialisation of the deep record (~67 µs),
  // and it is the calling thread that limits readArchive with workers. See worker-messages.ts.
  port?.postMessage(encodeReplies(batch));
}

port.on("message", (task: ParseTask) => {
  const bytes = task.bytes === null ? null : new Uint8Array(task.bytes);
  const item = parseEntry({ file: task.file, size: task.size, bytes, ...(task.path === null ? {} : { path: task.path }) }, task.options);
  replies.push(toReply(task.id, item));
  if (replies.length >= REPLY_BATCH) flush();
  // The port hands over every waiting message before immediates run: this fires when the queue is empty.
  else if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
});
