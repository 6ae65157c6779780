import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { setStorage } from './harness';
import { autumn, CHATS, EVIDENCE, importThroughLogPage, NAMES } from './report-year';
import { useExtensionBrowser } from './use-extension-browser';

// The director's report over a school year imported through the log page, in the built extension.
const browser = useExtensionBrowser();
const records = autumn();
const count = (kind: string, extra: (r: Record<string, unknown>) => boolean = () => true) => records.filter((r) => r.kind === kind && extra(r)).length;
const url = (query: string) => `chrome-extension://${browser.ext.extensionId}/report.html?${query}`;

beforeAll(async () => {
  await setStorage(browser.ext.worker, {
    settings: { ...defaultSettings('Europe/Moscow'), profileId: 'school-31-max', roles: ['chat-moderator'], actorName: 'Иванова И.И.' },
    chatKinds: { 'max:-70000000001': 'class-parents' },
  });
  const page = await browser.ext.context.newPage();
  await importThroughLogPage(page, browser.ext.extensionId, records);
  await page.close();
});

describe('the director’s report', () => {
  it('draws the school year by week with a table and a sentence for those who cannot see the chart', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url('period=school-year&year=2026'));
    const weekly = page.getByTestId('report-weekly');
    await expect.poll(() => weekly.locator('canvas').count()).toBeGreaterThan(0);
    expect(await weekly.locator('canvas').first().evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(300);

    const weeks = await page.getByTestId('report-weeks').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
    expect(weeks).toHaveLength(53);
    const column = (i: number) => weeks.reduce((sum, w) => sum + w[i], 0);
    expect([column(0), column(1), column(2), column(3)]).toEqual([count('violation'), count('blocked'), count('rules-reminder'), count('flag-dismissed')]);
    const alt = await weekly.locator('[role="img"]').getAttribute('aria-label');
    expect(alt).toContain(`нарушений ${count('violation')}, блокировок ${count('blocked')}`);

    const head = await page.getByTestId('report-head').innerText();
    expect(head).toContain('По положению:');
    expect(head).toContain('Период: с 1 сентября 2026 г. по 31 августа 2027 г.');
    expect(head).toContain('составил(а): Иванова И.И.');
    expect(await page.getByTestId('report-chats').innerText()).toMatch(/7Б Родители\s+\d+/);
    expect(await page.getByTestId('report-clauses').innerText()).toMatch(/п\. 4\.5\s+\d+/);
    expect(await page.getByTestId('report-signature').innerText()).toContain('Подпись');
    await page.close();
  });

  it('compares a month with the one before, keeps the period in the address, and prints on A4 without its controls', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url('month=2026-10'));
    const october = (r: Record<string, unknown>) => new Date(r.time as number).getMonth() === 9;
    const september = (r: Record<string, unknown>) => new Date(r.time as number).getMonth() === 8;
    const row = page.getByTestId('report-compare').locator('tbody tr').first();
    await expect.poll(async () => (await row.locator('td').allInnerTexts()).slice(0, 2)).toEqual([String(count('violation', october)), String(count('violation', september))]);

    await page.getByLabel('Период').first().selectOption('quarter');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('quarter');
    await page.reload();
    expect(await page.getByLabel('Период').first().inputValue()).toBe('quarter');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report .controls').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.getByTestId('report-weekly').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // A4 in points: 595 × 842.
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    await page.close();
  });

  it('follows the dark scheme', async () => {
    const page = await browser.ext.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('period=school-year&year=2026'));
    await expect.poll(() => page.getByTestId('report-weekly').locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 33, 40)');
    expect(await page.locator('table.bars .bar').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(88, 166, 255)');
    await page.close();
  });

  it('holds no name, excerpt, reason or chat title in the version without names', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url('period=school-year&year=2026'));
    await page.getByLabel('Без имён', { exact: false }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('nameless')).toBe('1');
    await expect.poll(() => page.getByTestId('report-chats').innerText()).toContain('чат 1 (');
    const html = await page.content();
    for (const secret of [...NAMES, ...NAMES.map((n) => n.split(' ')[0]), ...CHATS.map((c) => c.title), ...EVIDENCE, 'Грубость', 'Четвёртое нарушение', 'Орлова', 'Иванова', 'Напомнила правила', 'p:-70000000001']) {
      expect(html, secret).not.toContain(secret);
    }
    expect(await page.getByTestId('report-blocks').innerText()).toMatch(/участник \d/);
    expect(await page.getByTestId('report-actors').innerText()).toContain('модератор 1');
    await page.close();
  });
});
