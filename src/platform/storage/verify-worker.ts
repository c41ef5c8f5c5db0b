// The worker the check of every index runs in (verify-runner.ts): it opens the archive itself (IndexedDB is there in
// workers too), runs each step the page asks for, and waits for the page's foreground reads before each slice it reads.
import { createStore } from 'idb-keyval';
import { createRunner, type Runner } from './idb-run';
import { createRecords, type Records } from './news-records';
import { runVerifyJob } from './news-verify';
import { createReadMirror } from './read-gate';
import { toStorageError } from './storage-error';
import type { VerifyReply, VerifyRequest } from './verify-messages';

const reads = createReadMirror();
let opened: { dbName: string; run: Runner; records: Records } | null = null;
const reply = (r: VerifyReply) => postMessage(r);

onmessage = async (e: MessageEvent<VerifyRequest>) => {
  const m = e.data;
  if (m.type === 'reads') return reads.set(m.busy);
  try {
    if (opened?.dbName !== m.dbName) {
      const run = createRunner(createStore(m.dbName, 'kv'));
      opened = { dbName: m.dbName, run, records: createRecords(m.dbName, run) };
    }
    const result = await runVerifyJob(opened.run, opened.records, m.job, { upgrading: m.upgrading, schema: m.schema, clear: reads.clear });
    reply({ type: 'done', result });
  } catch (err) {
    // The page makes a StorageError of the same problem again, with the cause's words.
    const { problem, cause } = toStorageError(err);
    reply({ type: 'failed', problem, message: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) });
  }
};
