// Real Firefox (Debian's firefox-esr) with the built Firefox extension, driven by puppeteer-core over
// WebDriver BiDi. The messengers' names resolve to 127.0.0.1 (network.dns.localDomains), where the
// fixture server listens on 443; the extension's internal id is fixed so its pages can be opened.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'chat-steward@steward.school';
/** The moz-extension:// host of the extension in these profiles. */
export const FIREFOX_EXTENSION_HOST = '7d3d0e6c-1b5a-4c1e-9a51-5ce0b5a0c0de';

export interface FirefoxExtension {
  browser: Browser;
  /** An extension page (the options page), where the extension's own APIs can be called. */
  page(path: string): Promise<Page>;
  setStorage(items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (or reloads) an extension page. BiDi never reports a moz-extension:// navigation as done,
 * though the page loads: wait for the document itself instead.
 */
export async function openExtensionPage(p: Page, path: string): Promise<void> {
  const url = `moz-extension://${FIREFOX_EXTENSION_HOST}/${path}`;
  void p.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await p.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
    if (state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchFirefox(): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr firefox-esr-l10n-ru`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No build at ${FIREFOX_BUILD}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'steward-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    // Without it WebDriver BiDi refuses to open moz-extension:// pages (the options and log pages).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': 'web.max.ru,web.vk.me,vk.com',
      // The extension speaks the browser's language: Russian (Debian's firefox-esr-l10n-ru).
      'intl.locale.requested': 'ru',
      'intl.accept_languages': 'ru-RU, ru',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_HOST }),
      // Peers on one machine: host candidates in the clear, loopback included.
      'media.peerconnection.ice.obfuscate_host_addresses': false,
      'media.peerconnection.ice.loopback': true,
      'media.peerconnection.ice.default_address_only': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const page = async (path: string) => {
    const p = await browser.newPage();
    await openExtensionPage(p, path);
    return p;
  };
  return {
    browser,
    page,
    async setStorage(items) {
      const p = await page('options.html');
      await p.evaluate((i) => (globalThis as unknown as { browser: { storage: { local: { set(x: unknown): Promise<void> } } } }).browser.storage.local.set(i), items);
      await p.close();
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
