import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeInvite } from '@/core/team/invite';
import { bundleForPage } from '../../scripts/bench/bundle';
import { launchChromium, Panel, readLog, type ExtensionBrowser } from './harness';
import { PageMarks } from './page-marks';
import type { Signaling } from './signaling';
import { approve, blockWithDirector, choose, createTeam, myFingerprint, openChat, options, participantsUntil, record, rosterText, teamStatus, useTwoModerators, WEBRTC_ON_LOOPBACK } from './team-helpers';

// Two separate Chromium profiles, each with the built extension, meet through a signaling server
// on 127.0.0.1 and sync over a real WebRTC data channel.
const team = useTwoModerators();
let signaling: Signaling;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
beforeAll(() => void ({ signaling, a, b } = team));

describe('team sync between two browsers', () => {
  it('joins by invite code, shares a block, and converges after both edit offline', async () => {
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 7Б', signaling.url);
    expect(code).toMatch(/^STEWARD2:/);
    // The signaling server sees a topic derived from the secret, never the invite's room id.
    const invite = decodeInvite(code)!;
    await expect.poll(() => signaling.topics().length).toBeGreaterThan(0);
    expect(signaling.topics()).not.toContain(invite.room);
    expect(signaling.topics().join(' ')).not.toContain(invite.room);

    // Петрова logged a violation before she joined: it becomes part of the team's history.
    const chatB = await openChat(b);
    await record(chatB.page, chatB.panel, 'Ранний', 'Спам до вступления', 'violation');
    await expect.poll(() => chatB.panel.text('[data-testid="mod-result"]')).toContain('Записано');

    const optionsB = await options(b);
    // Pasting the code starts the sync host, which a browser outside any team does not run, before the click.
    const syncHosts = () => optionsB.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
    expect(await syncHosts()).toBe(0);
    await optionsB.locator('#team-code').fill(code);
    await expect.poll(syncHosts).toBe(1);
    await optionsB.getByRole('button', { name: 'Вступить' }).click();
    await expect.poll(() => teamStatus(optionsB), { timeout: 20_000 }).toContain('На связи: 1');
    expect(await syncHosts()).toBe(1);
    // Until Иванова approves, Петрова only asks: her records wait.
    expect(await optionsB.getByTestId('team-me').innerText()).toContain('Вы попросили вступить');
    await approve(optionsA, 'Петрова', await myFingerprint(optionsB));
    await expect.poll(() => rosterText(optionsB), { timeout: 20_000 }).toMatch(/Петрова — участник[\s\S]*одобрил\(а\): Иванова/);
    expect(await rosterText(optionsB)).toContain('Иванова — владелец');

    // Иванова blocks a participant; Петрова sees it, with who did it.
    const chatA = await openChat(a);
    expect(await participantsUntil(chatA.page, chatA.panel, (t) => t.includes('Ранний'))).toContain('запись: Петрова');
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');

    const seen = await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Сидоров'));
    expect(seen).toContain('Заблокирован до');
    expect(seen).toContain('запись: Иванова');

    // Петрова records a parent's objection; Иванова's early unblock is then refused, naming her.
    await choose(chatB.page, chatB.panel, 'Сидоров');
    await chatB.panel.focus('#steward-objector');
    await chatB.page.keyboard.type('Орлова Е.В.');
    await chatB.panel.click('[data-action="objection"]');
    await expect.poll(() => chatB.panel.text('[data-testid="mod-result"]')).toContain('Записано');
    // Иванова's open panel shows it without a reload (its own refresh is every 30 s).
    await expect.poll(() => chatA.panel.text('[data-testid="participants"]'), { timeout: 5000 }).toContain('возражает: Орлова Е.В.');
    await choose(chatA.page, chatA.panel, 'Сидоров');
    await chatA.panel.click('#steward-apology');
    await chatA.panel.click('#steward-no-objections');
    await chatA.panel.click('[data-action="unblock"]');
    await expect.poll(() => chatA.panel.text('[data-testid="mod-result"]')).toContain('нельзя: возражает Орлова Е.В.');

    // A note from Иванова reaches Петрова's open panel.
    await chatA.panel.focus('#steward-note');
    await chatA.page.keyboard.type('Родители просили предупреждать о блокировках');
    await chatA.page.keyboard.press('Control+Enter');
    await expect.poll(() => chatA.panel.text('[data-testid="note-result"]')).toContain('Записано');
    await expect.poll(() => chatB.panel.text('[data-testid="notes"]'), { timeout: 5000 }).toContain('Родители просили предупреждать о блокировках — Иванова');

    // Both go offline and each records a violation by the same participant.
    for (const page of [optionsA, optionsB]) await page.getByLabel('Синхронизировать').uncheck();
    for (const page of [optionsA, optionsB]) await expect.poll(() => teamStatus(page)).toContain('Синхронизация выключена');
    await record(chatA.page, chatA.panel, 'Кузнецов', 'Спам в чате', 'violation');
    await expect.poll(() => chatA.panel.text('[data-testid="mod-result"]')).toContain('Записано');
    await record(chatB.page, chatB.panel, 'Кузнецов', 'Оскорбление', 'violation');
    await expect.poll(() => chatB.panel.text('[data-testid="mod-result"]')).toContain('Записано');
    // Given time to sync, had sync been on: each still sees only its own.
    await chatA.page.waitForTimeout(1500);
    expect(await participantsUntil(chatA.page, chatA.panel, (t) => t.includes('Кузнецов'))).toContain('Кузнецов: Нарушений: 1');
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Кузнецов'))).toContain('Кузнецов: Нарушений: 1');

    // Back online together: both count both violations, and both show the same state.
    await Promise.all([optionsA, optionsB].map((page) => page.getByLabel('Синхронизировать').check()));
    const afterA = await participantsUntil(chatA.page, chatA.panel, (t) => t.includes('Кузнецов: Нарушений: 2'));
    const afterB = await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Кузнецов: Нарушений: 2'));
    expect(afterA).toBe(afterB);
  });

  it('shows a co-moderator’s records in the log page, its CSV and the monthly report, with her name', async () => {
    const logA = await a.context.newPage();
    await logA.goto(`chrome-extension://${a.extensionId}/log.html`);
    // Петрова recorded the objection: in Иванова's log it is hers, marked as a co-moderator's.
    const objection = logA.locator('tr[data-kind="objection"]');
    await expect.poll(() => objection.count()).toBe(1);
    expect(await objection.innerText()).toMatch(/Петрова\s+со-модератор: Петрова/);
    expect(await logA.locator('tr[data-kind="blocked"]').innerText()).toMatch(/Иванова\s+мои записи/);

    await logA.getByLabel('Откуда').selectOption({ label: 'Петрова' });
    await expect.poll(() => logA.getByTestId('log-table').locator('tbody tr[data-source="own"]').count()).toBe(0);
    const fromB = await logA.getByTestId('log-table').locator('tbody tr').allInnerTexts();
    expect(fromB.length).toBeGreaterThanOrEqual(3); // the violation from before she joined, the objection, an offline violation
    for (const row of fromB) expect(row).toContain('со-модератор: Петрова');

    const [download] = await Promise.all([logA.waitForEvent('download'), logA.getByRole('button', { name: 'Скачать CSV (Excel)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n').slice(1, -1);
    expect(csv).toHaveLength(fromB.length);
    for (const line of csv) expect(line).toMatch(/;Петрова;со-модератор: Петрова;[0-9A-Z]+$/);

    const month = new Date().toISOString().slice(0, 7);
    await logA.goto(`chrome-extension://${a.extensionId}/report.html?month=${month}`);
    const actors = await logA.getByTestId('report-actors').innerText();
    expect(actors).toContain('Иванова');
    expect(actors).toContain('Петрова');
    expect(await logA.getByTestId('report-sources').innerText()).toMatch(/со-модераторов — [1-9]/);
    await logA.close();
  });

  it('shows a badge for a co-moderator’s violation on the messages of its author, without a reload', async () => {
    const url = 'https://web.max.ru/-70000000001?fixture=max-svelte';
    const [pageA, pageB] = await Promise.all([a.context.newPage(), b.context.newPage()]);
    await Promise.all([pageA.goto(url), pageB.goto(url)]);
    const [panelA, marksA, marksB] = await Promise.all([Panel.of(pageA), PageMarks.of(pageA, '.bubble'), PageMarks.of(pageB, '.bubble')]);
    await expect.poll(async () => (await marksB.read()).length, { timeout: 5000 }).toBe(5);
    expect((await marksB.read()).every((m) => m.badge === null)).toBe(true);

    await marksA.act('Олег, выбирайте слова.');
    await panelA.waitForFocus('#steward-mod-reason');
    await pageA.keyboard.type('Грубость');
    await panelA.click('[data-action="violation"]');
    await expect.poll(() => panelA.text('[data-testid="mod-result"]')).toContain('Записано');
    // Петрова's tab, open all along, marks each of Анна's three messages.
    await expect.poll(async () => (await marksB.badges()).filter((b) => b.startsWith('Петрова Анна') || b.startsWith('Сбор в 8:30')).map((b) => b.split(' → ')[1]), { timeout: 20_000 }).toEqual(['1', '1', '1']);
    expect((await marksB.read()).find((m) => m.message.includes('Иванов Олег'))?.badge).toBeNull();
    await Promise.all([pageA.close(), pageB.close()]);
  });

  it('keeps every record when a page holding the invite deletes and rewrites them, and says so', async () => {
    const optionsA = await options(a);
    const code = await optionsA.getByTestId('team-code').inputValue();
    const recordsInTeam = Number(/Записей: (\d+)/.exec(await teamStatus(optionsA))?.[1]);
    // Two members on this version: neither is told of another version.
    expect(await teamStatus(optionsA)).not.toContain('версией расширения');
    type Hostile = {
      join(code: string, u: string): Promise<void>;
      write(e: Array<[string, string, unknown]>): void;
      writeSigned(r: Array<Record<string, unknown>>): Promise<void>;
      ids(): string[];
      get(id: string): Record<string, unknown> | null;
      tamper(d: string[], w: Array<[string, Record<string, unknown>]>): Promise<void>;
    };
    type InPage = { hostile: Hostile };

    const intruder = await launchChromium(null, null, WEBRTC_ON_LOOPBACK);
    try {
      const page = await intruder.context.newPage();
      // Loopback http is a secure context, so a plain page may use WebRTC and ws://.
      await page.goto(signaling.url.replace('ws:', 'http:'));
      await page.addScriptTag({ content: await bundleForPage('../../test/browser/hostile-peer-page.ts') });
      await page.evaluate(([c, url]) => (globalThis as unknown as InPage).hostile.join(c, url), [code, signaling.url] as const);
      // It can read (it holds the secret) but what it writes is not taken: nobody approved it.
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).hostile.ids().length), { timeout: 20_000, message: 'the intruder never got the records' }).toBe(recordsInTeam);

      type Row = { id: string; kind: string; actor: string; reason?: string; subject?: { name: string }; source: string };
      const before = await readLog<Row>(a.worker);
      const pick = (kind: string, name: string) => before.find((r) => r.kind === kind && r.subject?.name === name)!;
      const block = pick('blocked', 'Сидоров');
      const early = pick('violation', 'Ранний');
      const objection = pick('objection', 'Сидоров');
      const violation = before.find((r) => r.kind === 'violation' && r.subject?.name === 'Кузнецов')!;
      const original = (id: string) => page.evaluate((i) => (globalThis as unknown as InPage).hostile.get(i), id);
      const [objectionValue, violationValue] = [await original(objection.id), await original(violation.id)];
      await page.evaluate(
        ([deletions, rewrites]) => (globalThis as unknown as InPage).hostile.tamper(deletions, rewrites),
        [
          [block.id, early.id],
          [
            [objection.id, { ...objectionValue, actor: 'Директор' }],
            [violation.id, { ...violationValue, reason: 'Совсем другая причина' }],
          ],
        ] as [string[], Array<[string, Record<string, unknown>]>],
      );

      for (const [ext, name] of [[a, 'A'], [b, 'B']] as const) {
        const status = await options(ext);
        await expect.poll(() => teamStatus(status), { timeout: 10_000, message: `${name} did not report the undone attempts` }).toContain('Отменено попыток удалить или изменить записи');
        expect(Number(/изменить записи: (\d+)/.exec(await teamStatus(status))?.[1])).toBeGreaterThanOrEqual(4);
        expect(await teamStatus(status)).toContain('Изменения пришли от: Посторонний');
        // A bare y-webrtc page announces no record form: to the members it is a peer on an older version.
        await expect.poll(() => teamStatus(status), { timeout: 5000 }).toContain('На связи участники со старой версией расширения: 1.');
        await status.close();
        // Each profile's store holds every record as it was first written.
        const after = new Map((await readLog<Row>(ext.worker)).map((r) => [r.id, r]));
        for (const r of [block, early, objection, violation]) expect({ actor: after.get(r.id)?.actor, reason: after.get(r.id)?.reason }).toEqual({ actor: r.actor, reason: r.reason });
      }
      const chatA = await openChat(a);
      expect(await participantsUntil(chatA.page, chatA.panel, (t) => t.includes('Сидоров'))).toContain('Заблокирован до');
      await chatA.page.close();
      // The originals went back into the doc: the intruder's own copy has them again.
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).hostile.ids().length), { timeout: 10_000 }).toBe(recordsInTeam);
      expect((await original(objection.id))?.actor).toBe('Петрова');
      expect((await original(violation.id))?.reason).toBe(violationValue?.reason);

      // Its own records, however well signed, are not taken; megabyte names are refused at the boundary, never shown.
      const huge = 'Я'.repeat(1_000_000);
      await page.evaluate(
        ([record, hugeRecord, name]) =>
          Promise.all([
            (globalThis as unknown as InPage).hostile.writeSigned([record]),
            (globalThis as unknown as InPage).hostile.write([
              ['records', hugeRecord.id as string, { r: hugeRecord, by: 'x'.repeat(22), sig: 'y' }],
              ['requests', 'huge', { member: 'huge', name }],
            ]),
          ]),
        [{ ...violationValue, id: '01KSTRANGER0000000000000' }, { ...violationValue, id: '01KHUGE00000000000000000', actor: huge }, huge] as [Record<string, unknown>, Record<string, unknown>, string],
      );
      const statusA = await options(a);
      await expect.poll(() => teamStatus(statusA), { timeout: 10_000 }).toMatch(/Не приняты записи: [2-9]/);
      // A megabyte name shown anywhere would make the page megabytes long (the QR code alone is tens of kilobytes).
      expect((await statusA.content()).length).toBeLessThan(300_000);
      expect(await statusA.locator('body').innerText()).not.toContain('ЯЯЯ');
      // The stranger asked to join: its request waits for a decision, as anyone's would.
      expect(await statusA.getByTestId('team-requests').innerText()).toContain('Посторонний');
      const log = await readLog<Row>(a.worker);
      expect(log.some((r) => r.actor.length > 200)).toBe(false);
      expect(log.some((r) => r.id === '01KSTRANGER0000000000000')).toBe(false);
    } finally {
      await intruder.close();
    }
  });

  // Peers that announce at the same instant both offer; y-webrtc then keeps one side's failed
  // attempt until ICE gives up (30 s and more) unless the host drops it (stale-peers.ts).
  it('reconnects by itself when both come back online at the same instant, and syncs what each did offline', async () => {
    const [optionsA, optionsB] = await Promise.all([options(a), options(b)]);
    const [chatA, chatB] = await Promise.all([openChat(a), openChat(b)]);
    const toggle = (online: boolean) =>
      Promise.all([optionsA, optionsB].map((page) => page.getByLabel('Синхронизировать').setChecked(online)));
    const records = async (page: Page) => Number(/Записей: (\d+)/.exec(await teamStatus(page))?.[1] ?? NaN);
    const timings: number[] = [];
    // A new participant each round, named unlike the others (a near name would be taken for a typo).
    const ROUNDS = ['Абрамов Антон', 'Борисова Вера', 'Гришин Дмитрий', 'Егорова Жанна', 'Зуев Игорь', 'Ковалёва Лидия'];
    for (let round = 0; round < ROUNDS.length; round++) {
      await toggle(false);
      for (const page of [optionsA, optionsB]) await expect.poll(() => teamStatus(page)).toContain('Синхронизация выключена');
      const before = await records(optionsA);
      for (const chat of [chatA, chatB]) {
        await record(chat.page, chat.panel, ROUNDS[round], 'Спам в чате', 'violation');
        await expect.poll(() => chat.panel.text('[data-testid="mod-result"]')).toContain('Записано');
      }
      const start = Date.now();
      await toggle(true);
      for (const page of [optionsA, optionsB]) {
        await expect.poll(() => records(page), { timeout: 25_000, interval: 250, message: `round ${round}: ${page === optionsA ? 'A' : 'B'} did not get the other's record` }).toBe(before + 2);
      }
      timings.push(Date.now() - start);
    }
    console.log('simultaneous reconnects until both records arrived (ms):', timings.join(', '));
  }, 240_000);

  it('recovers when the signaling server loses the offer to a peer coming back online', async () => {
    const [optionsA, optionsB] = await Promise.all([options(a), options(b)]);
    await optionsB.getByLabel('Синхронизировать').setChecked(false);
    await expect.poll(() => teamStatus(optionsA), { timeout: 10_000 }).toContain('На связи: 0');
    // Without the host dropping its unanswered attempt, A would wait for an answer for ever.
    signaling.deafenNextClient(2500);
    const start = Date.now();
    await optionsB.getByLabel('Синхронизировать').setChecked(true);
    for (const page of [optionsA, optionsB]) await expect.poll(() => teamStatus(page), { timeout: 20_000, interval: 250 }).toContain('На связи: 1');
    console.log('reconnect after a lost offer (ms):', Date.now() - start);
  });

  it('exchanges an encrypted file when there is no network path, and says what is wrong with a bad one', async () => {
    const [optionsA, optionsB] = await Promise.all([options(a), options(b)]);
    await Promise.all([optionsA, optionsB].map((page) => page.getByLabel('Синхронизировать').setChecked(false)));
    const chatA = await openChat(a);
    await record(chatA.page, chatA.panel, 'Файлов', 'Реклама в чате', 'violation');
    await expect.poll(() => chatA.panel.text('[data-testid="mod-result"]')).toContain('Записано');

    const [download] = await Promise.all([optionsA.waitForEvent('download'), optionsA.getByRole('button', { name: 'Сохранить зашифрованный файл команды' }).click()]);
    const file = await download.path();
    expect(readFileSync(file, 'utf8')).not.toContain('Файлов');

    const upload = optionsB.getByLabel('Загрузить файл со-модератора');
    await upload.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => optionsB.getByTestId('team-note').innerText()).toContain('это не файл команды');
    await upload.setInputFiles(file);
    // The file holds the whole doc, megabyte junk from the intruder above included: give it time.
    await expect.poll(() => optionsB.getByTestId('team-note').innerText(), { timeout: 15_000 }).toContain('Новых записей: 1');
    const chatB = await openChat(b);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Файлов'))).toContain('Файлов: Нарушений: 1');
    // The same file again adds nothing.
    await upload.setInputFiles(file);
    await expect.poll(() => optionsB.getByTestId('team-note').innerText(), { timeout: 15_000 }).toContain('Новых записей: 0');
  });
});

