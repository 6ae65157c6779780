// The README's and the store listing's pictures, made from the fixtures so they stay current:
// `npm run screenshots` writes them to test/screenshots (kept in the repo); `npm test` makes them
// too, into .output/screenshots, so that a test run leaves the repo's pictures alone.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { Panel, ROOT, setStorage, zoneWhereHourIs } from './harness';
import { PageMarks } from './page-marks';
import { autumn, importThroughLogPage } from './report-year';
import { docxOf, regulationText } from './regulation-documents';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();
const DIR = join(ROOT, process.env.SCREENSHOTS_DIR ?? '.output/screenshots');
const CHAT = 'https://web.max.ru/-70000000001?fixture=max-svelte';
const SIZE = { width: 1280, height: 800 };

async function useHour(hour: number) {
  await setStorage(browser.ext.worker, {
    settings: { ...defaultSettings(zoneWhereHourIs(hour)), profileId: 'school-31-max', roles: ['chat-moderator'], actorName: 'Иванова И.И.' },
    chatKinds: { 'max:-70000000001': 'class-parents' },
  });
}

async function chat(scheme: 'light' | 'dark'): Promise<{ page: Page; panel: Panel }> {
  const page = await browser.ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(SIZE);
  await page.goto(CHAT);
  const panel = await Panel.of(page);
  await panel.waitForText('[data-testid="moderation"]');
  return { page, panel };
}

/** Writes the picture and returns its bytes. */
async function shoot(page: Page, name: string): Promise<Buffer> {
  const path = join(DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return readFileSync(path);
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('screenshots', () => {
  it('shows the panel with badges (light and dark), the send dialog, the log page and the welcome page', async () => {
    mkdirSync(DIR, { recursive: true });
    await useHour(13);
    const light = await chat('light');
    // A violation recorded from a message, so the badges show.
    const marks = await PageMarks.of(light.page, '.bubble');
    await expect.poll(async () => (await marks.read()).length, { timeout: 5000 }).toBe(5);
    await marks.act('Олег, выбирайте слова.');
    await light.panel.waitForFocus('#steward-mod-reason');
    await light.page.keyboard.type('Грубость в чате');
    await light.panel.click('[data-action="violation"]');
    await expect.poll(() => light.panel.text('[data-testid="mod-result"]')).toContain('Записано');
    await expect.poll(async () => (await marks.badges()).filter((b) => b.endsWith('→ 1')).length).toBe(3);
    const shots = [await shoot(light.page, 'panel-light')];

    const dark = await chat('dark');
    await expect.poll(async () => (await (await PageMarks.of(dark.page, '.bubble')).badges()).filter((b) => b.endsWith('→ 1')).length).toBe(3);
    shots.push(await shoot(dark.page, 'panel-dark'));

    await useHour(1);
    const night = await chat('light');
    await night.page.click('[data-fixture-composer]');
    await night.page.keyboard.type('Позвоните маме Пети: 8 912 345-67-89');
    await night.page.keyboard.press('Enter');
    await night.panel.waitForText('[data-testid="content-part"]');
    shots.push(await shoot(night.page, 'send-dialog'));

    const log = await browser.ext.context.newPage();
    await log.setViewportSize(SIZE);
    await log.goto(`chrome-extension://${browser.ext.extensionId}/log.html`);
    await expect.poll(() => log.locator('tr[data-kind="violation"]').count()).toBe(1);
    shots.push(await shoot(log, 'log-page'));

    const welcome = await browser.ext.context.newPage();
    await welcome.setViewportSize(SIZE);
    await welcome.goto(`chrome-extension://${browser.ext.extensionId}/welcome.html`);
    await welcome.getByTestId('welcome-progress').waitFor();
    shots.push(await shoot(welcome, 'welcome'));

    const review = await browser.ext.context.newPage();
    await review.setViewportSize(SIZE);
    await review.goto(`chrome-extension://${browser.ext.extensionId}/review.html`);
    await review.locator('#regulation-file').setInputFiles({ name: 'Правила.docx', mimeType: 'application/octet-stream', buffer: await docxOf(regulationText('gymnasium-parents-chat.txt')) });
    await review.locator('li.line', { hasText: 'После третьего нарушения' }).locator('button.clause').click();
    await review.locator('.document-text mark.current').waitFor();
    shots.push(await shoot(review, 'review'));

    // The director's report over the autumn, light and dark.
    await importThroughLogPage(await browser.ext.context.newPage(), browser.ext.extensionId, autumn());
    for (const scheme of ['light', 'dark'] as const) {
      const report = await browser.ext.context.newPage();
      await report.emulateMedia({ colorScheme: scheme });
      await report.setViewportSize({ width: 1100, height: 1400 });
      await report.goto(`chrome-extension://${browser.ext.extensionId}/report.html?period=school-year&year=2026`);
      await report.getByTestId('report-weekly').locator('canvas').first().waitFor();
      shots.push(await shoot(report, `report-${scheme}`));
    }

    for (const shot of shots) {
      expect(shot.subarray(0, 4).equals(PNG)).toBe(true);
      expect(shot.length).toBeGreaterThan(10_000);
    }
    expect(shots[0].equals(shots[1])).toBe(false);
  });
});
