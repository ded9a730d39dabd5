/**
 * One Lambda execution environment: a worker thread with the function's own environment that
 * imports its bundle once (the cold start) and runs one event at a time. Its clock follows local
 * mode's travelling clock, as libfaketime would, so a bundle sees the time local mode says it is.
 */

import { enableCompileCache } from "node:module";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const RealDate = Date;
const realNow = RealDate.now;
let offsetMs = 0;

class TravellingDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(realNow() + offsetMs);
    else super(...args);
  }
  static now() {
    return realNow() + offsetMs;
  }
}
globalThis.Date = TravellingDate;

// Local mode starts an environment for every cold start it plays (a crash, a new burst); compiling
// the same bundle again each time only costs the machine. V8's code cache on disk, keyed by the
// bundle's contents, gives a changed bundle a fresh compile. Lambda itself starts from nothing.
enableCompileCache();

const { entry, exportName, context } = workerData;
const module = await import(pathToFileURL(entry).href);
const handler = module[exportName];
if (typeof handler !== "function") throw new Error(`${entry} exports no function ${exportName}`);

function describeError(error) {
  if (error instanceof Error) {
    return { errorType: error.name, errorMessage: error.message, trace: (error.stack ?? "").split("\n") };
  }
  return { errorType: "Error", errorMessage: String(error), trace: [] };
}

parentPort.on("message", async ({ id, event, nowMs, requestId, deadlineMs }) => {
  offsetMs = nowMs - realNow();
  const invocation = {
    ...context,
    awsRequestId: requestId,
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - RealDate.now()),
    callbackWaitsForEmptyEventLoop: true,
  };
  try {
    const result = await handler(event, invocation);
    parentPort.postMessage({ id, ok: true, result: result === undefined ? null : result });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describeError(error) });
  }
});
parentPort.postMessage({ ready: true });
