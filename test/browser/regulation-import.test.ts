import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getStorage, Panel, ROOT, setStorage } from './harness';
import { docxOf, pdfOf, pdfOfHtml, regulationText, scanOf } from './regulation-documents';
import { useExtensionBrowser } from './use-extension-browser';
import { lockedDoc } from '../doc-files';
import { pdfOfLines, pdfOfText } from '../pdf-files';
import { MAX_UNPACKED_BYTES } from '@/entrypoints/shared/document-text/unzip';

const browser = useExtensionBrowser();

async function openReview(from: 'welcome' | 'options'): Promise<Page> {
  // Each test starts with no draft under review, whatever an earlier one left.
  await browser.ext.worker.evaluate(() => chrome.storage.local.remove('regulationDraft'));
  const page = await browser.ext.context.newPage();
  await page.goto(`chrome-extension://${browser.ext.extensionId}/${from}.html`);
  await page.locator('[data-action="import-document"]').click();
  await page.waitForURL(/\/review\.html/);
  return page;
}

const choose = (page: Page, name: string, mimeType: string, buffer: Buffer) => page.locator('#regulation-file').setInputFiles({ name, mimeType, buffer });
const lineRow = (page: Page, text: string) => page.locator('li.line', { hasText: text });

describe('a school’s own regulation from its document', () => {
  it('a .docx is read, reviewed (a line moved to another role), saved, and the panel cites the new document', async () => {
    const page = await openReview('welcome');
    // Its clauses and «а)» items numbered by Word itself, restarting in each section and clause.
    const docx = await docxOf(regulationText('gymnasium-parents-chat.txt'), { wordNumbering: true });
    await choose(page, 'Правила чатов гимназии.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
    await expect.poll(() => page.getByTestId('review-profile').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#review-school').inputValue()).toBe('МАОУ «Гимназия № 2»');

    // Word's numbers came through as the document shows them, its bullets as list items: each is its own duty of the moderator, cited to 3.1.
    const watch = lineRow(page, 'следить за соблюдением Правил');
    expect(await watch.getAttribute('data-clause')).toBe('3.1');
    expect(await watch.locator('select').inputValue()).toBe('duty:chat-moderator');

    // Its sentence is marked in the document; the clause button shows it.
    await watch.locator('button.clause').click();
    await expect.poll(() => page.locator('.document-text mark.current').innerText()).toContain('следить за соблюдением Правил');

    // The class teacher's «answer parents' questions» goes to the moderator instead, by keyboard
    // (the roles the document names come first in the list: the moderator, then the class teacher).
    const answer = lineRow(page, 'отвечать на вопросы родителей');
    expect(await answer.locator('select').inputValue()).toBe('duty:class-teacher');
    await answer.locator('select').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('section[data-place="duty:chat-moderator"] li.line', { hasText: 'отвечать на вопросы родителей' }).count()).toBe(1);
    // Focus stays on the moved line's list, so the keyboard user carries on from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent)).toContain('отвечать на вопросы родителей');

    // Nothing is used before saving.
    expect((await getStorage<unknown[] | undefined>(browser.ext.worker, 'importedProfiles')) ?? []).toEqual([]);
    await page.locator('[data-action="save"]').click();
    await expect.poll(() => page.getByTestId('review-done').innerText()).toContain('Правила общения в родительских и классных чатах');
    const settings = await getStorage<{ profileId: string; quiet: { windows: unknown[]; rule: { clause: string } } }>(browser.ext.worker, 'settings');
    // The document's quiet hours (21:00–08:00, 4.2) now drive the send guard.
    expect(settings.quiet.windows).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '08:00' }]);
    expect(settings.quiet.rule.clause).toBe('4.2');

    // Back on the first run, the role is ticked; the panel shows that role's duties cited to the new document.
    await page.locator('[data-action="back"]').click();
    await page.waitForURL(/\/welcome\.html/);
    await page.locator('input[name="role"][value="chat-moderator"]').check();
    await expect.poll(async () => (await getStorage<{ roles: string[] }>(browser.ext.worker, 'settings'))?.roles).toEqual(['chat-moderator']);
    const chat = await browser.ext.context.newPage();
    await chat.goto('https://web.max.ru/-70000000001');
    const panel = await Panel.of(chat);
    const duties = await panel.waitForText('[data-testid="duties-elsewhere"]');
    expect(duties).toContain('п. 2.1');
    expect(duties).toContain('Отвечать на вопросы родителей в рабочее время.');
    expect(duties).toContain('п. 3.2');
    expect(await panel.waitForText('.steward-source')).toContain('Правила общения в родительских и классных чатах');
    await chat.close();
    await page.close();
  });

  it('a .pdf with a text layer: appendices are cited «прил. N, п. …»; a draft left is found again on reopening', async () => {
    const page = await openReview('options');
    await choose(page, 'Положение о чатах лицея.pdf', 'application/pdf', await pdfOf(browser.ext.context, regulationText('lyceum-with-appendices.txt')));
    await expect.poll(() => page.getByTestId('review-profile').isVisible(), { timeout: 15_000 }).toBe(true);
    const duty = lineRow(page, 'соблюдать правила общения');
    expect(await duty.locator('button.clause').innerText()).toBe('прил. 1, п. 2.1.1');
    expect(await duty.locator('select').inputValue()).toBe('duty:student');
    // The end of «после 20 часов» was assumed, and the page says so.
    expect(await page.getByTestId('review-notes').innerText()).toContain('конец тихих часов не указан');

    // Closed before saving: reopening the page brings the review back as it was.
    await page.reload();
    await expect.poll(() => page.getByTestId('review-status').innerText()).toContain('ничего не потеряно');
    expect(await lineRow(page, 'соблюдать правила общения').locator('button.clause').innerText()).toBe('прил. 1, п. 2.1.1');
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-action="discard"]').click();
    await expect.poll(() => page.locator('#regulation-file').isVisible()).toBe(true);
    await page.close();
  });

  // Printed by Chromium from a school-style page (cells centred in their rows), and exported by
  // LibreOffice 7.4 from a Word file (cells at the top of their rows a narrow gap apart, Word's
  // Symbol bullets, the moderator's cell merged over two rows).
  // And the same page saved by LibreOffice as Word 97–2003 (.doc) and as RTF, as many schools' sites still give it.
  const fixture = (name: string) => async () => readFileSync(join(ROOT, 'test/fixtures/regulations', name));
  it.each([
    ['a .pdf printed from a page', 'Положение о чатах.pdf', async () => pdfOfHtml(browser.ext.context, regulationText('school-duties-table.html'))],
    ['a .pdf exported from Word', 'Положение о чатах.pdf', fixture('duties-table-libreoffice.pdf')],
    ['a Word 97–2003 .doc', 'Положение о чатах.doc', fixture('doc/school-duties-table-libreoffice.doc')],
    ['an .rtf', 'Положение о чатах.rtf', fixture('rtf/school-duties-table-libreoffice.rtf')],
  ])('%s whose duties are a table: each row gives its role the duties in its last cell, under the row’s number', async (_, name, bytes) => {
    const page = await openReview('options');
    await choose(page, name, name.endsWith('.pdf') ? 'application/pdf' : name.endsWith('.rtf') ? 'application/rtf' : 'application/msword', await bytes());
    await expect.poll(() => page.getByTestId('review-profile').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#review-school').inputValue()).toBe('МБОУ «СОШ № 12»');
    // A cell's list is a duty a line, its wrapped line joined again; the role's own cell is not a duty.
    const removes = lineRow(page, 'удаляет сообщения с рекламой, оскорблениями и угрозами в адрес участников чата и работников школы');
    expect(await removes.getAttribute('data-clause')).toBe('2.2');
    expect(await removes.locator('select').inputValue()).toBe('duty:chat-moderator');
    expect(await lineRow(page, 'предупреждает нарушителя').locator('select').inputValue()).toBe('duty:chat-moderator');
    // The parents' row (its role's words over two lines) is the parents', not the moderator's above it.
    expect(await lineRow(page, 'читают объявления классного руководителя').locator('select').inputValue()).toBe('duty:parent');
    const creates = lineRow(page, 'создаёт чат класса');
    expect(await creates.locator('select').inputValue()).toBe('duty:class-teacher');
    // The duty's own words: not the row's other cells run into it («Классный руководитель • создаёт…»).
    expect(await creates.locator('.text').innerText()).toBe('создаёт чат класса и является его администратором');
    // The header row is no rule.
    expect(await page.locator('li.line', { hasText: /Участник\s*—/ }).count()).toBe(0);
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-action="discard"]').click();
    await page.close();
  });

  it('a .pdf as old generators wrote them — a Cyrillic font that declares a Western encoding (its text comes out «Ïîëîæåíèå»), LZW in ASCII85 — is read and mended, and the page says so', async () => {
    const page = await openReview('options');
    const cp1251 = new Map([...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
    const lines = regulationText('gymnasium-parents-chat.txt')
      .split('\n')
      .map((line) => Uint8Array.from(line, (c) => cp1251.get(c) ?? 0x3f));
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>';
    await choose(page, 'Правила общения.pdf', 'application/pdf', Buffer.from(pdfOfLines(lines, font, ['ASCII85Decode', 'LZWDecode'])));
    await expect.poll(() => page.getByTestId('review-profile').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('review-notes').innerText()).toContain('в неверной кодировке');
    expect(await page.locator('#review-school').inputValue()).toBe('МАОУ «Гимназия № 2»');
    const duty = lineRow(page, 'знакомить каждого нового участника с настоящими Правилами до добавления в чат');
    expect(await duty.locator('select').inputValue()).toBe('duty:class-teacher');
    expect(await duty.getAttribute('data-clause')).toBe('2.1');
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-action="discard"]').click();
    await page.close();
  });

  it('a scan, a garbled text file, a broken or locked .doc, a broken .rtf and a document with no clauses are each said plainly; nothing stored changes', async () => {
    const before = await getStorage<unknown[]>(browser.ext.worker, 'importedProfiles');
    const page = await openReview('options');
    const problem = () => page.getByTestId('read-problem').innerText();

    await choose(page, 'скан.pdf', 'application/pdf', await scanOf(browser.ext.context, regulationText('gymnasium-parents-chat.txt')));
    await expect.poll(problem, { timeout: 15_000 }).toContain('похоже, это скан');

    // Its letters lost to replacement characters (a Windows-1251 file once opened as UTF-8 and saved): nothing to mend.
    const garbled = regulationText('gymnasium-parents-chat.txt').replace(/[а-яё]/giu, '\uFFFD');
    await choose(page, 'положение.txt', 'text/plain', Buffer.from(garbled, 'utf8'));
    await expect.poll(problem).toContain('неверной кодировке');

    await choose(page, 'положение.doc', 'application/msword', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 cut short', 'latin1'));
    await expect.poll(problem).toContain('повреждён');
    const locked = readFileSync(join(ROOT, 'test/fixtures/regulations/doc/seed-001_c560a572fe0c0697.doc'));
    await choose(page, 'положение.doc', 'application/msword', Buffer.from(lockedDoc(new Uint8Array(locked))));
    await expect.poll(problem).toContain('защищён паролем');
    await choose(page, 'положение.rtf', 'application/rtf', Buffer.from('not RTF at all', 'utf8'));
    await expect.poll(problem).toContain('повреждён');

    await choose(page, 'сломанный.docx', 'application/octet-stream', Buffer.from('PK\x03\x04 broken zip', 'latin1'));
    await expect.poll(problem).toContain('повреждён');
    // A PDF whose page unpacks past any regulation («a bomb»): said, not a page held until it crashes.
    await choose(page, 'бомба.pdf', 'application/pdf', Buffer.from(pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024)));
    await expect.poll(problem, { timeout: 15_000 }).toContain('повреждён');

    // A Windows-1251 text file (as Notepad saves it) is read as it is.
    await page.locator('#regulation-text').fill('Дорогие родители! Собрание в пятницу в 18:00.');
    await page.locator('#regulation-text').press('Tab');
    await page.getByRole('button', { name: 'Прочитать текст' }).click();
    await expect.poll(problem).toContain('не нашлось пронумерованных пунктов');
    // A PDF bomb through LZW, which pdf.js unpacks as readily (80 KB of it to 100 MB).
    await choose(page, 'бомба-lzw.pdf', 'application/pdf', Buffer.from(pdfOfText('1.1. Moderator', MAX_UNPACKED_BYTES + 1024, ['LZWDecode'])));
    await expect.poll(problem, { timeout: 15_000 }).toContain('повреждён');

    expect(await getStorage<unknown[]>(browser.ext.worker, 'importedProfiles')).toEqual(before);
    await page.close();
  });

  it('text pasted from the school’s site keeps its list numbers (the HTML has them, its plain text not), and runs none of its code', async () => {
    const page = await openReview('options');
    const html = [
      '<p>Правила чата МБОУ СОШ № 4</p><img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script>',
      '<ol><li>Общие положения<ol><li>Чат ведёт классный руководитель.</li></ol></li>',
      '<li>Обязанности<ol><li>Модератор чата удаляет рекламу.</li><li>Родители читают объявления.</li></ol></li></ol>',
    ].join('');
    await page.locator('#regulation-text').focus();
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Правила чата МБОУ СОШ № 4\nОбщие положения\nЧат ведёт классный руководитель.');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => page.locator('#regulation-text').inputValue()).toContain('2.1. Модератор чата удаляет рекламу.');
    await page.getByRole('button', { name: 'Прочитать текст' }).click();
    await expect.poll(() => page.getByTestId('review-profile').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await lineRow(page, 'удаляет рекламу').getAttribute('data-clause')).toBe('2.1');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // Not kept: the next review starts from the read form.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-action="discard"]').click();
    await expect.poll(() => page.locator('#regulation-text').isVisible()).toBe(true);
    await page.close();
  });

  it('with no document at hand, the model rules are chosen and every place that cites them says they are not the school’s', async () => {
    await setStorage(browser.ext.worker, { settings: { ...(await getStorage<object>(browser.ext.worker, 'settings')), roles: [] } });
    const page = await openReview('options');
    await page.locator('[data-action="use-model"]').click();
    await expect.poll(() => page.getByTestId('review-done').innerText()).toContain('не положение вашей школы');
    await page.goto(`chrome-extension://${browser.ext.extensionId}/options.html`);
    expect(await page.locator('#profile').inputValue()).toBe('model-rules');
    expect(await page.locator('.model-note').innerText()).toContain('не положение вашей школы');
    await page.locator('input[name="role"][value="chat-moderator"]').check();
    const chat = await browser.ext.context.newPage();
    await chat.goto('https://web.max.ru/-70000000001');
    const panel = await Panel.of(chat);
    expect(await panel.waitForText('[data-testid="model-notice"]')).toContain('не положение вашей школы');
    expect(await panel.waitForText('.steward-source')).toContain('Типовые правила — не положение вашей школы');
    await chat.close();
    await page.close();
  });
});
