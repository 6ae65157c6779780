import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArrivalJob } from '@/core/team/arrival';
import { arrivalOffload, type ArrivalReply } from '@/entrypoints/shared/arrival-offload';

/** A worker that takes jobs and answers only when told (or never). */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: string) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: ArrivalReply) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const job = (): ArrivalJob =>
  ({ settings: { team: 't', now: 0, cutoff: 0, source: 'team' }, changes: { keys: [], bytes: new Uint8Array(4), ends: new Uint32Array(0), others: [], deleted: [] }, roster: {}, pending: [], people: [], checkpoints: [], others: [] }) as unknown as ArrivalJob;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('the sync host’s arrival worker', () => {
  it('is given up on when it falls silent: the arrival goes back to the sync host, and the worker is not asked again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const { offload } = arrivalOffload('log', () => {});
    const progress = vi.fn();
    const first = offload(job(), progress);
    let settled = false;
    const outcome = first.then(
      () => 'answered',
      (error: Error) => error.message,
    ).finally(() => (settled = true));
    const [worker] = FakeWorker.made;
    expect(worker.posted).toHaveLength(1);
    // Progress keeps it alive; then nothing for a minute.
    await vi.advanceTimersByTimeAsync(50_000);
    worker.answer({ progress: [10_000, 22_000] });
    await vi.advanceTimersByTimeAsync(50_000);
    expect(progress).toHaveBeenCalledWith(10_000, 22_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await outcome).toBe('worker silent');
    expect(worker.terminated).toBe(true);
    await expect(offload(job())).rejects.toThrow('worker failed');
    expect(worker.posted).toHaveLength(1);
  });

  it('takes one job at a time and answers it with what the worker sent; records it took out later are told', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const refusedLater = vi.fn();
    const { offload } = arrivalOffload('log', refusedLater);
    const first = offload(job());
    await expect(offload(job())).rejects.toThrow('busy');
    const arrival = { verdicts: [], added: new Set<string>(), chats: [] };
    FakeWorker.made[0].answer({ arrival, stages: [] });
    await expect(first).resolves.toBe(arrival);
    expect(refusedLater).not.toHaveBeenCalled();
    FakeWorker.made[0].answer({ refusedLater: 2 });
    expect(refusedLater).toHaveBeenCalledTimes(1);
  });

  it('says so at once when no worker can be made', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('workers are not allowed here');
        }
      },
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { offload } = arrivalOffload('log', () => {});
    await expect(offload(job())).rejects.toThrow('worker failed');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
