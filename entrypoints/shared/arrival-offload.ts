import { browser } from 'wxt/browser';
import type { Arrival, ArrivalJob } from '@/core/team/arrival';
import { markStage, type SyncStage } from '@/core/team/sync-stages';

/**
 * What the arrival worker posts back: progress, then the arrival (with the stages it marked) or an
 * error; later, how many records stored unread it took out again (see checkStoredUnread).
 */
export type ArrivalReply = { progress: [number, number] } | { arrival: Arrival; stages: Array<[SyncStage, number]> } | { error: string } | { refusedLater: number };

/** A worker silent this long is given up on: the replica then checks the arrival itself (stored ids are never stored twice). */
const SILENT_MS = 60_000;

/**
 * The replica's offload (see ReplicaOptions.offload): one worker for the sync host, started with it
 * so that it is ready when a year arrives; jobs go one at a time (the replica applies in turn).
 * A worker that cannot start, breaks or falls silent is not asked again.
 */
export function arrivalOffload(logName: string, onRefusedLater: () => void) {
  let worker: Worker | null = null;
  try {
    worker = new Worker(browser.runtime.getURL('/arrival-worker.js'));
  } catch (error) {
    console.warn('chat-steward: no worker for large arrivals', error);
  }
  let broken = !worker;
  let running: { resolve(arrival: Arrival): void; reject(error: Error): void; onProgress?: (done: number, total: number) => void; silent: ReturnType<typeof setTimeout> } | null = null;
  const settle = () => {
    clearTimeout(running?.silent);
    const done = running;
    running = null;
    return done;
  };
  const fail = (reason: string) => {
    broken = true;
    worker?.terminate();
    settle()?.reject(new Error(reason));
  };
  const heard = () => {
    if (!running) return;
    clearTimeout(running.silent);
    running.silent = setTimeout(() => fail('worker silent'), SILENT_MS);
  };
  worker?.addEventListener('message', ({ data }: MessageEvent<ArrivalReply>) => {
    if ('refusedLater' in data) return onRefusedLater();
    heard();
    if (!running) return;
    if ('progress' in data) running.onProgress?.(...data.progress);
    else if ('error' in data) settle()?.reject(new Error(data.error));
    else {
      for (const [stage, at] of data.stages) markStage(stage, at);
      settle()?.resolve(data.arrival);
    }
  });
  worker?.addEventListener('error', (event) => fail(event.message || 'worker failed'));
  return {
    offload: (job: ArrivalJob, onProgress?: (done: number, total: number) => void) =>
      new Promise<Arrival>((resolve, reject) => {
        if (broken || running) return reject(new Error(broken ? 'worker failed' : 'busy'));
        running = { resolve, reject, onProgress, silent: setTimeout(() => fail('worker silent'), SILENT_MS) };
        worker!.postMessage({ job, log: logName }, [job.changes.bytes.buffer]);
      }),
    close: () => fail('closed'),
  };
}
