// Where the check of every index runs: in a worker of its own, so its work (hashing 100,000 ids and URLs, counting
// every posting, comparing 4,096 buckets twice) never holds the page's main thread, and speech and input never wait
// for it; on this thread where workers are not there (Node, the unit tests). The page keeps the order of the steps
// (and holds its own imports and removals back for the last attempt) and tells the worker when its reads run, so the
// worker's slices give way to them (read-gate.ts).
import type { Runner } from './idb-run';
import type { Records } from './news-records';
import { runVerifyJob, verifyArchive, type Verified } from './news-verify';
import { clearOf, type ReadCount } from './read-gate';
import { StorageError } from './storage-error';
import type { VerifyReply, VerifyRequest } from './verify-messages';

/** A worker of the check, or null where there is none (then the check runs on this thread). */
function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: 'earshot-verify' });
  } catch {
    return null;
  }
}

/** The worker stopped without answering (its script did not load, or it crashed): the check is done on this thread instead. */
class WorkerLost extends Error {}

/** Runs one step in the worker; a failure there comes back as the StorageError it was. */
function inWorker(worker: Worker, message: Extract<VerifyRequest, { type: 'job' }>): Promise<Verified | null> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<VerifyReply>) => {
      const reply = e.data;
      if (reply.type === 'done') resolve(reply.result);
      else reject(new StorageError(reply.problem, reply.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new WorkerLost(e.message || 'the check stopped'));
    };
    worker.postMessage(message);
  });
}

/** Checks the archive `dbName` (see verifyArchive), in a worker where there is one. */
export async function verifyOffThread(dbName: string, run: Runner, records: Records, reads: ReadCount, upgrading: boolean, schema: number): Promise<Verified> {
  const inThread = () => verifyArchive(records, upgrading, (job) => runVerifyJob(run, records, job, { upgrading, schema, clear: clearOf(reads) }));
  const worker = startWorker();
  if (!worker) return inThread();
  const tell = (busy: boolean) => worker.postMessage({ type: 'reads', busy } satisfies VerifyRequest);
  tell(reads.running > 0);
  reads.listeners.add(tell);
  try {
    return await verifyArchive(records, upgrading, (job) => inWorker(worker, { type: 'job', dbName, job, upgrading, schema }));
  } catch (e) {
    // Every step can be done again (an upgrade moves what is left to move; a pass checks afresh).
    if (e instanceof WorkerLost) return inThread();
    throw e;
  } finally {
    reads.listeners.delete(tell);
    // Its connections close with it, so no room it opened holds back a later deleteDatabase.
    worker.terminate();
  }
}
