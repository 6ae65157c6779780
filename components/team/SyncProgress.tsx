import { useEffect, useState } from 'preact/hooks';
import { syncUnderWay } from '@/core/team/sync-progress';
import { t } from '../i18n';

/** Calls back with each value the sync's progress takes; returns the unwatch. */
export type WatchProgress = (onValue: (value: unknown) => void) => () => void;

/** «Получено 12 000 из 22 000» while a long sync runs; nothing otherwise. */
export function SyncProgress({ watch }: { watch: WatchProgress }) {
  const [value, setValue] = useState<unknown>(null);
  useEffect(() => watch(setValue), [watch]);
  const progress = syncUnderWay(value, Date.now());
  if (!progress) return null;
  const text = t('teamReceiving', progress.done.toLocaleString(), progress.total.toLocaleString());
  return (
    <p class="sync-progress" data-testid="sync-progress">
      <progress max={progress.total} value={progress.done} aria-label={text} /> {text}
    </p>
  );
}
