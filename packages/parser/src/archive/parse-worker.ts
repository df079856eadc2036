/**
 * Worker-thread entry (built to dist/parse-worker.js): parses the files the main thread sends and
 * posts the items back, one reply per task, in the order received.
 */
import { parentPort } from "node:worker_threads";
import { parseEntry } from "./parse-entry.js";
import { type ParseTask, toReply } from "./worker-messages.js";

const port = parentPort;
if (port === null) throw new Error("parse-worker.js must run as a worker thread.");

port.on("message", (task: ParseTask) => {
  const bytes = task.bytes === null ? null : new Uint8Array(task.bytes);
  const item = parseEntry({ file: task.file, size: task.size, bytes, ...(task.path === null ? {} : { path: task.path }) }, task.options);
  port.postMessage(toReply(task.id, item));
});
