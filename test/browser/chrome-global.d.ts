// worker.evaluate() callbacks run inside the extension's service worker, where `chrome` is global.
import type { WxtBrowser } from 'wxt/browser';

declare global {
  const chrome: WxtBrowser;
}
