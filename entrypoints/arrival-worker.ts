// The sync host's worker: a large arrival (a school year for a fresh member) is checked and stored
// here, off the sync host's own thread, which the browser runs with its slowest garbage collection
// when it counts the extension's pages in the background (see core/team/arrival.ts).
import { ActionLog } from '@/core/log/store';
import { runArrivalJob, slimArrival, type ArrivalJob } from '@/core/team/arrival';
import { dexieStore } from '@/core/team/replica-store';
import { markedStages } from '@/core/team/sync-stages';
import type { ArrivalReply } from './shared/arrival-offload';

export default defineUnlistedScript(() => {
  const logs = new Map<string, ActionLog>();
  const reply = (message: ArrivalReply) => postMessage(message);
  addEventListener('message', async ({ data }: MessageEvent<{ job: ArrivalJob; log: string }>) => {
    try {
      const log = logs.get(data.log) ?? logs.set(data.log, new ActionLog(data.log)).get(data.log)!;
      const { arrival, checkUnread } = await runArrivalJob(data.job, dexieStore(log), (done, total) => reply({ progress: [done, total] }));
      reply({ arrival: slimArrival(arrival, data.job.changes.keys), stages: markedStages() });
      const refused = await checkUnread();
      if (refused) reply({ refusedLater: refused });
    } catch (error) {
      reply({ error: String(error) });
    }
  });
});
