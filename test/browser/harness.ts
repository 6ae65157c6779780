// Real Chromium with the built extension, against fixture pages served from loopback under the
// messengers' real host names, so the production match patterns are what is exercised.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SITE_FIXTURE: Record<string, string> = { 'web.max.ru': 'max', 'web.vk.me': 'vk', 'vk.com': 'vk' };

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/**
 * HTTPS on 127.0.0.1 with a self-signed certificate made now; `?fixture=name` picks another page.
 * A free port unless one is asked for (Firefox reaches the messengers' names on 443).
 */
export async function startFixtureServer(listenPort = 0): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'steward-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-subj', '/CN=web.max.ru', '-addext', 'subjectAltName=DNS:web.max.ru,DNS:web.vk.me,DNS:vk.com',
  ], { stdio: 'ignore' });
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    const asset = /^\/__fixture\/(messenger-[\w-]+)\.(js|css)$/.exec(url.pathname);
    if (asset) {
      res.writeHead(200, { 'content-type': asset[2] === 'js' ? 'text/javascript' : 'text/css' });
      return res.end(readFileSync(join(FIXTURES, `${asset[1]}.${asset[2]}`)));
    }
    const name = url.searchParams.get('fixture') ?? SITE_FIXTURE[url.hostname];
    const file = join(FIXTURES, `${name}.html`);
    if (!name || !/^[\w-]+$/.test(name) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(listenPort, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function chromiumArgs(buildDir: string, port: number | null, extra: string[] = []): string[] {
  return [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--ignore-certificate-errors',
    ...(buildDir ? [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`] : []),
    ...(port ? [`--host-resolver-rules=MAP web.max.ru 127.0.0.1:${port},MAP web.vk.me 127.0.0.1:${port},MAP vk.com 127.0.0.1:${port}`] : []),
    ...extra,
  ];
}

/** Chromium on a fresh profile, with the build at `buildDir` loaded unless it is null. */
export async function launchChromium(port: number | null, buildDir: string | null, extraArgs: string[] = []) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium chromium-l10n`);
  if (buildDir && !existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No build at ${buildDir}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'steward-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(buildDir ?? '', port, ['--lang=ru', ...extraArgs]),
    // The extension speaks the browser's language: Russian, as a school's browser would.
    locale: 'ru-RU',
    env: { ...process.env, LANGUAGE: 'ru' },
    viewport: { width: 1200, height: 800 },
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** A fresh profile with the built extension loaded; resolves once its service worker runs. */
export async function launchExtension(port: number, buildDir = CHROME_BUILD, extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const { context, close } = await launchChromium(port, buildDir, extraArgs);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async () => {
      await close();
      throw new Error(`The extension in ${buildDir} did not start: Chromium refused it (run chromium --load-extension=${buildDir} --enable-logging=stderr to see why)`);
    }));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}

/** A zone where the school clock now reads `hour` (Etc/GMT zones cover every hour of the day). */
export function zoneWhereHourIs(hour: number, now = Date.now()): string {
  const utcHour = new Date(now).getUTCHours();
  let offset = (hour - utcHour + 24) % 24;
  if (offset > 12) offset -= 24;
  // Etc/GMT signs are inverted: Etc/GMT-3 is UTC+3.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** Writes extension storage directly, as the options page would. */
export async function setStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

export async function getStorage<T>(worker: Worker, key: string): Promise<T> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;
}

/**
 * The rows the extension's record store keeps as objects, read straight from its IndexedDB in the
 * service worker (a large arrival's records, kept as signed bytes, are in `readPages`' `packed`).
 */
export async function readLog<T = Record<string, unknown>>(worker: Worker): Promise<T[]> {
  return (await readPages<{ rows: T[] }>(worker)).flatMap((page) => page.rows);
}

/** Every page of the extension's record store, as IndexedDB holds it, read in the service worker. */
export function readPages<T = Record<string, unknown>>(worker: Worker): Promise<T[]> {
  return worker.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('chat-steward-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('pages')) return resolve([]);
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
        };
      }),
  );
}

/**
 * The panel lives in a closed shadow root that page scripts (and Playwright's selectors) cannot
 * enter; the DevTools protocol can, which is how these helpers read and click inside it.
 */
export class Panel {
  private constructor(private page: Page, private cdp: CDPSession) {}

  static async of(page: Page): Promise<Panel> {
    return new Panel(page, await page.context().newCDPSession(page));
  }

  private async objectId(selector: string): Promise<string | null> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const stack = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeName === 'CHAT-STEWARD' && node.shadowRoots?.length) {
        try {
          const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: node.shadowRoots[0].nodeId, selector });
          if (!nodeId) return null;
          const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
          return object.objectId ?? null;
        } catch {
          return null; // the panel re-rendered between the two calls: as good as not there yet
        }
      }
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return null;
  }

  /** Runs `fn` with the element as `this`; its result, or null when there is no such element. */
  async call<T>(selector: string, fn: string): Promise<T | null> {
    const objectId = await this.objectId(selector);
    if (!objectId) return null;
    const { result } = await this.cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  }

  /** The element's visible text, or null when there is no such element. */
  text(selector: string): Promise<string | null> {
    return this.call<string>(selector, 'function () { return this.innerText; }');
  }

  async waitForText(selector: string, timeout = 5000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const text = await this.text(selector);
      if (text !== null) return text;
      if (Date.now() > deadline) throw new Error(`panel: ${selector} did not appear`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Chooses an option of a <select> as the keyboard would: focus, set, and the change event. */
  async select(selector: string, value: string): Promise<void> {
    const done = await this.call<boolean>(
      selector,
      `function () { this.focus(); this.value = ${JSON.stringify(value)}; this.dispatchEvent(new Event('change', { bubbles: true })); return this.value === ${JSON.stringify(value)}; }`,
    );
    if (!done) throw new Error(`panel: could not choose ${value} in ${selector}`);
  }

  /** Gives the element keyboard focus, as Tab would. */
  async focus(selector: string): Promise<void> {
    if (!(await this.call<boolean>(selector, 'function () { this.focus(); return this.getRootNode().activeElement === this; }'))) {
      throw new Error(`panel: could not focus ${selector}`);
    }
  }

  /** The element's box in the viewport, or null. */
  box(selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.call(selector, 'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }

  /** Waits until the element has keyboard focus, so typing goes to it. */
  async waitForFocus(selector: string, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await this.call<boolean>(selector, 'function () { return this.getRootNode().activeElement === this; }'))) {
      if (Date.now() > deadline) throw new Error(`panel: ${selector} never took focus`);
      await this.page.waitForTimeout(50);
    }
  }

  async waitForGone(selector: string, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.text(selector)) !== null) {
      if (Date.now() > deadline) throw new Error(`panel: ${selector} did not go away`);
      await this.page.waitForTimeout(50);
    }
  }

  /** A real pointer click at the element's centre, once it is laid out (scrolled into the panel's view). */
  async click(selector: string, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.call(selector, "function () { this.scrollIntoView({ block: 'center' }); }");
      const box = await this.box(selector);
      if (box && box.width > 0 && box.height > 0) return this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      if (Date.now() > deadline) throw new Error(`panel: no ${selector} to click`);
      await this.page.waitForTimeout(50);
    }
  }
}
