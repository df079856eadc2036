// Worker thread of bench/run.js's "jobs 2 ceiling" mode: on each "run" message it reads and parses its
// share of the corpus with parse(), exactly as the single-threaded mode does, and replies "done".
// Nothing crosses threads but these two words, so the mode shows what a second thread can add on
// this machine at best, whatever readArchive does.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parse } from "../dist/index.js";

parentPort.on("message", () => {
  for (const path of workerData.paths) parse(readFileSync(path), { file: path });
  parentPort.postMessage("done");
});
parentPort.postMessage("ready");
