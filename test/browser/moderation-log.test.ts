import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { Panel, readLog, setStorage, zoneWhereHourIs } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const browser = useExtensionBrowser();

beforeAll(async () => {
  await setStorage(browser.ext.worker, {
    settings: { ...defaultSettings(zoneWhereHourIs(13)), profileId: 'school-31-max', roles: ['chat-moderator'], actorName: 'Иванова И.И.' },
  });
});

type Row = { id: string; kind: string; subject?: { name: string }; reason?: string; clauses: string[]; actor: string };

describe('moderation from the panel', () => {
  it('records a violation on a fixture chat, checks a block against 4.5, and the log page and CSV show it', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto('https://web.max.ru/-70000000001');
    const panel = await Panel.of(page);
    await panel.waitForText('[data-testid="moderation"]');

    await panel.focus('#steward-subject');
    await page.keyboard.type('Петров Пётр');
    await panel.focus('#steward-mod-reason');
    await page.keyboard.type('Оскорбление в чате');
    await panel.click('[data-action="violation"]');
    expect(await panel.waitForText('[data-testid="mod-result"]')).toMatch(/^Записано\. п\. 4\.5 — Положение об использовании коммуникационной платформы МАХ \(МБОУ СОШ № 31\)/);
    await expect.poll(() => panel.text('[data-testid="strikes"]')).toContain('Нарушений: 1');

    // One violation is not "more than three": the block needs the director (4.5) and is not logged.
    await panel.focus('#steward-mod-reason');
    await page.keyboard.type('Повторное оскорбление');
    await panel.click('[data-action="block"]');
    await expect.poll(() => panel.text('[data-testid="mod-result"]')).toContain('Нужно решение директора');
    expect(await panel.text('[data-testid="mod-result"]')).toContain('п. 4.5');
    let log = await readLog<Row>(browser.ext.worker);
    expect(log.filter((r) => r.kind === 'blocked')).toEqual([]);
    expect(log.filter((r) => r.kind === 'violation')).toMatchObject([{ subject: { name: 'Петров Пётр' }, reason: 'Оскорбление в чате', clauses: ['4.5'], actor: 'Иванова И.И.' }]);

    // With the director's decision noted it goes through, and its expiry is logged when the alarm fires.
    await panel.focus('#steward-director');
    await page.keyboard.type('директор Сидорова Н.П.');
    await panel.click('[data-action="block-director"]');
    await expect.poll(() => panel.text('[data-testid="mod-result"]')).toContain('По решению директора');
    log = await readLog<Row>(browser.ext.worker);
    const block = log.find((r) => r.kind === 'blocked')!;
    expect(await browser.ext.worker.evaluate((id) => chrome.alarms.get(`block:${id}`).then((a) => a?.name ?? null), block.id)).toBe(`block:${block.id}`);
    await browser.ext.worker.evaluate((id) => chrome.alarms.create(`block:${id}`, { when: Date.now() + 300 }), block.id);
    await expect.poll(async () => (await readLog<Row>(browser.ext.worker)).filter((r) => r.kind === 'block-expired').length, { timeout: 10_000 }).toBe(1);

    const logPage = await browser.ext.context.newPage();
    await logPage.goto(`chrome-extension://${browser.ext.extensionId}/log.html`);
    const violationRow = logPage.locator('tr[data-kind="violation"]');
    await expect.poll(() => violationRow.count()).toBe(1);
    expect(await violationRow.innerText()).toContain('Петров Пётр');
    expect(await violationRow.innerText()).toContain('Оскорбление в чате');

    // The log page follows the database: a reminder recorded in the panel appears without a reload.
    await panel.click('[data-action="reminder"]');
    await expect.poll(() => logPage.locator('tr[data-kind="rules-reminder"]').count()).toBe(1);

    await logPage.getByLabel('Действие').selectOption('violation');
    await expect.poll(() => logPage.getByTestId('log-table').locator('tbody tr').count()).toBe(1);
    const download = logPage.waitForEvent('download');
    await logPage.getByRole('button', { name: 'Скачать CSV (Excel)' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Время;Действие;Чат;Участник;Пункты;Причина;Сообщение;Подробности;Кто записал;Откуда;id');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(';Нарушение;7Б — родители;Петров Пётр;4.5;Оскорбление в чате;;;Иванова И.И.;мои записи;');
    await logPage.close();
    await page.close();
  });

  it('says what is wrong with a log file in Russian, and writes hostile cells into CSV as text', async () => {
    const logPage = await browser.ext.context.newPage();
    await logPage.goto(`chrome-extension://${browser.ext.extensionId}/log.html`);
    const upload = logPage.getByLabel('Загрузить JSON');
    const status = () => logPage.getByTestId('log-status').innerText();

    await upload.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('[\n  {"id": "01KX1",\n   "kind" "note"}\n]') });
    await expect.poll(status).toBe('Файл не прочитан: строка 3 — ошибка JSON: ожидалось двоеточие');

    const formula = '=HYPERLINK("http://evil.example","Отчёт")';
    const hostile = { id: '01KHOSTILE0000000000000000', time: Date.now(), actor: '@SUM(1+1)', chat: { site: 'max', id: '-1', title: formula }, clauses: [], kind: 'note', text: '+7 999 000-00-00' };
    await upload.setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([{ id: '01KX1', kind: 'violation' }, hostile])) });
    await expect.poll(status).toMatch(/^Добавлено: 1, уже были: 0, отклонено: 1\. №1: \w+: Неверный ввод/);
    expect(await status()).not.toMatch(/Invalid|expected|received/);

    await logPage.getByLabel('Действие').selectOption('note');
    await logPage.getByLabel('Поиск').fill('HYPERLINK');
    await expect.poll(() => logPage.getByTestId('log-table').locator('tbody tr').count()).toBe(1);
    const download = logPage.waitForEvent('download');
    await logPage.getByRole('button', { name: 'Скачать CSV (Excel)' }).click();
    const [, row] = readFileSync((await (await download).path())!, 'utf8').slice(1).split('\r\n');
    // Chat, text and author each start with an apostrophe: a spreadsheet shows them, it does not run them.
    expect(row).toContain(`;"'${formula.replaceAll('"', '""')}";`);
    expect(row).toContain(`;"'+7 999 000-00-00";"'@SUM(1+1)";`);
    await logPage.close();
  });
});
