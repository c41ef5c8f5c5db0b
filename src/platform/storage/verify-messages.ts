// What the page and the worker of the check (verify-runner.ts, verify-worker.ts) say to each other.
import type { Verified, VerifyJob } from './news-verify';
import type { StorageProblem } from './storage-error';

/** What the page asks the worker: a step of the check, or that the page's reads started or stopped (read-gate.ts). */
export type VerifyRequest =
  | { type: 'reads'; busy: boolean }
  | { type: 'job'; dbName: string; job: VerifyJob; upgrading: boolean; schema: number };
/** What the worker answers to a step. */
export type VerifyReply = { type: 'done'; result: Verified | null } | { type: 'failed'; problem: StorageProblem; message: string };
