import { browser } from 'wxt/browser';

/** Calls back when any of `keys` changes in the extension's local storage; returns the unwatch. */
export function watchStorage(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back with each new value of `key` as storage reports it (the tab reads nothing itself). */
export function watchStorageValue(key: string, onValue: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onValue(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
