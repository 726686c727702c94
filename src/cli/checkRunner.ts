import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckJob, type FileOutcome } from './checkFile';
import type { PostSource } from './files';
import type { Terminal } from './output';
import type { PostFlags } from './postOptions';
import { PostReader } from './postReader';

/** What every file of one `check` run is checked with; plain data, so workers receive it as it is. */
export interface CheckSetup {
  cwd: string;
  flags: PostFlags;
  job: CheckJob;
}

/** From this many files on, the files are shared between worker threads; fewer are quicker on one. */
const WORKER_MIN_FILES = 200;
/** Files a worker takes at a time: enough to keep messages few, few enough to share the tail evenly. */
const BATCH_SIZE = 32;
const MAX_WORKERS = 8;
const WORKER_ROLE = 'threadwright-check';

/** A reader whose messages for the file being read are collected, to travel with that file's outcome. */
class CollectingReader {
  private messages: string[] = [];
  private readonly reader: PostReader;

  constructor(setup: CheckSetup) {
    const terminal: Terminal = { out: () => undefined, err: (text) => this.messages.push(text), colour: false, interactive: false };
    this.reader = new PostReader(terminal, setup.cwd, setup.flags);
  }

  async check(source: PostSource, job: CheckJob): Promise<FileOutcome> {
    this.messages = [];
    return checkFile(this.reader, source, job, this.messages);
  }
}

/**
 * Checks the files in order, yielding each outcome as soon as it and those before it are done. Many files
 * are shared between worker threads (one a core), which take batches as they finish the last, so memory
 * stays bounded by the batches in flight; standard input is always read here.
 */
export async function* checkAll(sources: readonly PostSource[], setup: CheckSetup): AsyncGenerator<FileOutcome> {
  const workers = Math.min(availableParallelism(), MAX_WORKERS, Math.ceil(sources.length / BATCH_SIZE));
  if (sources.length < WORKER_MIN_FILES || workers < 2 || sources.some((source) => source.absolute === undefined)) {
    const reader = new CollectingReader(setup);
    for (const source of sources) yield await reader.check(source, setup.job);
    return;
  }
  yield* checkInWorkers(sources, setup, workers);
}

async function* checkInWorkers(sources: readonly PostSource[], setup: CheckSetup, count: number): AsyncGenerator<FileOutcome> {
  const done = new Map<number, FileOutcome>();
  let dispatched = 0;
  let failure: Error | undefined;
  let wake: () => void = () => undefined;
  const dispatch = (worker: Worker) => {
    if (dispatched >= sources.length) return;
    worker.postMessage({ from: dispatched, sources: sources.slice(dispatched, dispatched + BATCH_SIZE) });
    dispatched += BATCH_SIZE;
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(__filename, { argv: process.argv.slice(2), workerData: { role: WORKER_ROLE, setup } });
    worker.on('message', ({ from, outcomes }: { from: number; outcomes: FileOutcome[] }) => {
      outcomes.forEach((outcome, index) => done.set(from + index, outcome));
      dispatch(worker);
      wake();
    });
    worker.on('error', (error) => {
      failure = error;
      wake();
    });
    dispatch(worker);
    return worker;
  });
  try {
    for (let next = 0; next < sources.length; next++) {
      while (!done.has(next)) {
        if (failure !== undefined) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      yield done.get(next)!;
      done.delete(next);
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** True in a thread started by checkAll: the CLI's entry point then serves batches instead of running a command. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** A worker's loop: check each batch it is sent and send back the outcomes, in the batch's order. */
export function serveCheckBatches(): void {
  const { setup } = workerData as { setup: CheckSetup };
  const reader = new CollectingReader(setup);
  let queue = Promise.resolve();
  parentPort!.on('message', (batch: { from: number; sources: PostSource[] }) => {
    queue = queue.then(async () => {
      const outcomes: FileOutcome[] = [];
      for (const source of batch.sources) outcomes.push(await reader.check(source, setup.job));
      parentPort!.postMessage({ from: batch.from, outcomes });
    });
  });
}
