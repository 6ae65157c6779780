// What the team tests do as a moderator would: in the options page, the panel and its form.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { launchExtension, Panel, setStorage, startFixtureServer, zoneWhereHourIs, type ExtensionBrowser, type FixtureServer } from './harness';
import { startSignaling, type Signaling } from './signaling';

/** Chromium hides local addresses behind mDNS names, which loopback peers cannot resolve. */
export const WEBRTC_ON_LOOPBACK = ['--disable-features=WebRtcHideLocalIpsWithMdns'];

/** A moderator's own browser: a fresh profile with the built extension, set up for School No. 31's rules. */
export async function moderator(port: number, name: string): Promise<ExtensionBrowser> {
  const ext = await launchExtension(port, undefined, WEBRTC_ON_LOOPBACK);
  await setStorage(ext.worker, { settings: { ...defaultSettings(zoneWhereHourIs(13)), profileId: 'school-31-max', roles: ['chat-moderator'], actorName: name } });
  return ext;
}

/**
 * Two moderators' browsers (Иванова, Петрова) and a signaling server on 127.0.0.1 for a whole
 * test file: call at its top, read the fields inside the tests.
 */
export function useTwoModerators(): { server: FixtureServer; signaling: Signaling; a: ExtensionBrowser; b: ExtensionBrowser } {
  const state = {} as ReturnType<typeof useTwoModerators>;
  beforeAll(async () => {
    state.server = await startFixtureServer();
    state.signaling = await startSignaling();
    [state.a, state.b] = await Promise.all([moderator(state.server.port, 'Иванова'), moderator(state.server.port, 'Петрова')]);
  });
  afterAll(async () => {
    await state.a?.close();
    await state.b?.close();
    await state.signaling?.stop();
    await state.server?.close();
  });
  return state;
}

export async function options(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return page;
}

export const teamStatus = (page: Page) => page.getByTestId('team-status').innerText().catch(() => '');

export interface TeamChoices {
  /** Meet through these Nostr relays instead of the school's signaling server. */
  relays?: boolean;
  turn?: { url: string; username: string; credential: string; relayOnly?: boolean };
}

/** Creates a team in the options page (with the school's signaling server at `address`, unless told otherwise); returns the invite code. */
export async function createTeam(page: Page, name: string, address: string, choices: TeamChoices = {}): Promise<string> {
  await page.locator('#team-name').fill(name);
  if (choices.relays) {
    await page.getByLabel('Через публичные узлы Nostr', { exact: false }).check();
    await page.locator('#team-relays').fill(address);
  } else {
    await page.getByLabel('Через сигнальный сервер школы', { exact: false }).check();
    await page.locator('#team-signaling').fill(address);
  }
  if (choices.turn) {
    await page.getByText('TURN-сервер школы').click();
    await page.locator('#team-turn-url').fill(choices.turn.url);
    await page.locator('#team-turn-user').fill(choices.turn.username);
    await page.locator('#team-turn-password').fill(choices.turn.credential);
    if (choices.turn.relayOnly) await page.getByLabel('Только через TURN-сервер', { exact: false }).check();
  }
  await page.getByRole('button', { name: 'Создать команду' }).click();
  return page.getByTestId('team-code').inputValue();
}

export async function joinTeam(page: Page, code: string): Promise<void> {
  await page.locator('#team-code').fill(code);
  await page.getByRole('button', { name: 'Вступить' }).click();
}

export async function openChat(ext: ExtensionBrowser) {
  const page = await ext.context.newPage();
  await page.goto('https://web.max.ru/-70000000001');
  const panel = await Panel.of(page);
  await panel.waitForText('[data-testid="moderation"]');
  return { page, panel };
}

export async function choose(page: Page, panel: Panel, subject: string) {
  await panel.focus('#steward-subject');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(subject);
}

export async function record(page: Page, panel: Panel, subject: string, reason: string, action: string) {
  await choose(page, panel, subject);
  await panel.focus('#steward-mod-reason');
  await page.keyboard.type(reason);
  await panel.click(`[data-action="${action}"]`);
}

/** A block with the director's decision noted (the participant has no earlier violations). */
export async function blockWithDirector(page: Page, panel: Panel, subject: string, reason: string) {
  await record(page, panel, subject, reason, 'block');
  await expect.poll(() => panel.text('[data-testid="mod-result"]')).toContain('решение директора');
  await panel.focus('#steward-director');
  await page.keyboard.type('директор Сидорова Н.П.');
  await panel.click('[data-action="block-director"]');
  await expect.poll(() => panel.text('[data-testid="mod-result"]')).toContain('Записано');
}

/** The chat's participant list as the panel shows it, re-read until `done` holds (sync takes a moment). */
export async function participantsUntil(page: Page, panel: Panel, done: (text: string) => boolean): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        await page.reload();
        await panel.waitForText('[data-testid="moderation"]');
        text = (await panel.text('[data-testid="participants"]')) ?? '';
        return done(text);
      },
      { timeout: 20_000, interval: 500, message: 'the participant list never showed what was expected' },
    )
    .toBe(true);
  return text;
}

export const rosterText = (page: Page) => page.getByTestId('team-roster').innerText().catch(() => '');

/** This member's key fingerprint, as the team section shows it. */
export async function myFingerprint(page: Page): Promise<string> {
  await expect.poll(() => page.getByTestId('team-me').innerText().catch(() => ''), { timeout: 20_000 }).toMatch(/\d{5}( \d{5}){5}/);
  return /\d{5}( \d{5}){5}/.exec(await page.getByTestId('team-me').innerText())![0];
}

/** The owner or an admin approves `name`'s request, having compared the fingerprint they were told. */
export async function approve(admin: Page, name: string, fingerprint: string): Promise<void> {
  const request = admin.getByTestId('team-requests').locator(`li[data-member="${name}"]`);
  await expect.poll(() => request.count(), { timeout: 20_000, message: `${name}'s request never reached the admin` }).toBe(1);
  expect(await request.locator('.fingerprint').innerText()).toBe(fingerprint);
  await request.getByRole('button', { name: 'Одобрить' }).click();
  await expect.poll(() => rosterText(admin)).toContain(name);
}
