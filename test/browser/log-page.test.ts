import { describe, expect, it } from 'vitest';
import { manyRecords } from './log-records';
import { importThroughLogPage } from './report-year';
import { useExtensionBrowser } from './use-extension-browser';

// The log page with a hundred thousand records: a windowed list, filters in the address, and the
// cases to follow up this week.
const browser = useExtensionBrowser();
const COUNT = 100_000;
const DAY = 86_400_000;
const NOW = Date.now();

function year() {
  const records = manyRecords(COUNT);
  // Five violations of one participant in one chat: past the threshold of three.
  for (let i = 0; i < 5; i++) {
    records.push({ id: `01KZY${i}`, time: NOW - (10 - i) * DAY, actor: 'Иванова И.И.', chat: { site: 'max', id: '-70000000001', title: '7Б Родители' }, clauses: ['4.5'], kind: 'violation', subject: { id: 'petrov', name: 'Петров Олег' }, reason: 'Грубость' });
  }
  // A block that ends in three days: the moderator should see it coming.
  records.push({ id: '01KZZZZZZZZZZZ', time: NOW - 4 * DAY, actor: 'Иванова И.И.', chat: { site: 'max', id: '-70000000001', title: '7Б Родители' }, clauses: ['4.5'], kind: 'blocked', subject: { id: 'sidorov', name: 'Сидоров Артём' }, reason: 'Четвёртое нарушение', until: NOW + 3 * DAY });
  return records;
}

const url = (query = '') => `chrome-extension://${browser.ext.extensionId}/log.html${query}`;

describe('the log page with 100k records', () => {
  it('imports them through the page, counts them all, and draws only the rows in view as it scrolls to the oldest', async () => {
    const page = await browser.ext.context.newPage();
    await page.setViewportSize({ width: 1320, height: 900 });
    const records = year();
    await importThroughLogPage(page, browser.ext.extensionId, records);
    await expect.poll(() => page.getByTestId('log-count').innerText(), { timeout: 30_000 }).toBe(`Показано записей: ${records.length} из ${records.length}.`);
    expect(await page.locator('[data-testid="log-table"] tbody tr').count()).toBeLessThan(80);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = page.locator(`tr[data-index="${records.length - 1}"]`);
    await expect.poll(() => last.count(), { timeout: 10_000 }).toBe(1);
    expect(await last.innerText()).toContain('01.09.2025');
    expect(await page.locator('[data-testid="log-table"] tbody tr').count()).toBeLessThan(80);

    // «Нарушение» stays one word on one line.
    const lines = await page.locator('tr[data-kind="violation"] td:nth-child(2)').first().evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
    await page.close();
  });

  it('keeps the filters in the address, so a view can be bookmarked, and ignores a hostile one', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url('?kind=blocked&chat=max%3A-70000000'));
    await expect.poll(() => page.getByTestId('log-count').innerText(), { timeout: 30_000 }).toMatch(/^Показано записей: \d+ из \d+\.$/);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('blocked');
    const kinds = await page.locator('[data-testid="log-table"] tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-kind')))]);
    expect(kinds).toEqual(['blocked']);

    await page.locator('input[name="text"]').fill('Участник 5');
    await expect.poll(() => new URL(page.url()).searchParams.get('text')).toBe('Участник 5');

    await page.goto(url('?kind=%3Cscript%3E&from=2026-99-99&text=' + 'x'.repeat(5000)));
    await expect.poll(() => page.getByTestId('log-count').innerText(), { timeout: 30_000 }).toMatch(/Показано|Записей нет/);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
    expect(await page.locator('input[name="from"]').inputValue()).toBe('');
    expect((await page.locator('input[name="text"]').inputValue()).length).toBeLessThanOrEqual(200);
    await page.close();
  });

  it('lists the participants past the block threshold and the blocks ending this week', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url());
    const soon = page.getByTestId('ending-soon');
    await expect.poll(() => soon.innerText().catch(() => ''), { timeout: 30_000 }).toContain('Сидоров Артём, 7Б Родители: до');
    expect(await page.getByTestId('past-threshold').innerText()).toBe('Петров Олег: нарушений 5, 7Б Родители');

    // At a glance: the school year of the newest records, by week, with its table.
    const overview = page.getByTestId('log-overview');
    await expect.poll(() => overview.locator('canvas').count()).toBeGreaterThan(0);
    const weeks = await overview.locator('[data-testid="report-weeks"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
    expect([weeks.reduce((n, w) => n + w[0], 0), weeks.reduce((n, w) => n + w[1], 0)]).toEqual([5, 1]);
    expect(await page.getByTestId('log-overview-chats').innerText()).toMatch(/7Б Родители\s+6/);
    await page.close();
  });
});
