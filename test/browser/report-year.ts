// A class's autumn as the log page would import it: violations, blocks, records from watched
// messages and false alarms, with real-looking names, chat titles and quoted evidence.
import type { Page } from 'playwright-core';

export const YEAR_START = new Date(2026, 8, 1).getTime();
const DAY = 86_400_000;
export const NAMES = ['Петров Олег', 'Кузнецова Мария', 'Сидоров Артём', 'Морозова Дарья', 'Волков Илья'];
export const CHATS = [
  { site: 'max', id: '-70000000001', title: '7Б Родители' },
  { site: 'vk', id: '2000000005', title: '9А классный чат' },
];
export const EVIDENCE = ['ты вообще тупой', 'звоните 8 912 345-67-89'];

/** `weeks` weeks from 1 September: each week a few violations, now and then a block, a watched record and a false alarm. */
export function autumn(weeks = 13) {
  const records: Array<Record<string, unknown>> = [];
  let n = 0;
  const id = () => `01KY${String(++n).padStart(8, '0')}`;
  for (let w = 0; w < weeks; w++) {
    const monday = YEAR_START + w * 7 * DAY + 10 * 3_600_000;
    const violations = 2 + (w % 4);
    for (let i = 0; i < violations; i++) {
      const who = NAMES[(w + i) % NAMES.length];
      records.push({ id: id(), time: monday + i * DAY, actor: 'Иванова И.И.', chat: CHATS[i % 2], clauses: [i % 3 ? '4.5' : '4.3'], kind: 'violation', subject: { id: who, name: who }, reason: `Грубость, ${who}`, evidence: EVIDENCE[i % 2] });
    }
    if (w % 3 === 2) records.push({ id: id(), time: monday + 4 * DAY, actor: 'Иванова И.И.', chat: CHATS[0], clauses: ['4.5'], kind: 'blocked', subject: { id: NAMES[w % 5], name: NAMES[w % 5] }, reason: `Четвёртое нарушение: ${NAMES[w % 5]}`, until: monday + 11 * DAY, directorAuthorisation: 'директор Орлова Е.В.' });
    records.push({ id: id(), time: monday + 2 * DAY, actor: 'Иванова И.И.', chat: CHATS[1], clauses: ['4.2'], kind: 'rules-reminder', messageId: `p:${CHATS[1].id}:m${w}`, reason: `Напомнила правила: ${NAMES[(w + 3) % 5]}` });
    records.push({ id: id(), time: monday + 3 * DAY, actor: 'Иванова И.И.', chat: CHATS[0], clauses: [], kind: 'flag-dismissed', messageId: `p:${CHATS[0].id}:f${w}`, findings: ['phone'] });
  }
  return records;
}

/** Imports the records through the log page, as a moderator moving a log would. */
export async function importThroughLogPage(page: Page, extensionId: string, records: unknown[]): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await page.getByLabel('Загрузить JSON').setInputFiles({ name: 'autumn.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(records)) });
  await page.getByTestId('log-status').filter({ hasText: `Добавлено: ${records.length},` }).waitFor({ timeout: 20_000 });
}
