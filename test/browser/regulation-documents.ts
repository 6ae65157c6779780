import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from './harness';

/** A regulation from test/fixtures/regulations, as text. */
export const regulationText = (name: string) => readFileSync(join(ROOT, 'test/fixtures/regulations', name), 'utf8');

/**
 * A .docx as Word writes a school's regulation: typed clause numbers, and lists made with Word's
 * own bullets (numbering.xml), which a converter must turn back into list items. With
 * `wordNumbering`, a section's «1.», «2.» clauses and a clause's «а)», «б)» are Word's own
 * numbering too (a list each, starting again), typed numbers gone: only numbering.xml and
 * document.xml say them.
 */
export async function docxOf(text: string, { wordNumbering = false } = {}): Promise<Buffer> {
  let section = 0;
  let clause = 0;
  const paragraphs = text.split('\n').map((line) => {
    const numbered = wordNumbering ? /^(\d{1,2})\.\s+(.*)$/u.exec(line) : null;
    const lettered = wordNumbering ? /^\s*[а-я]\)\s*(.*)$/u.exec(line) : null;
    const bullet = /^\s*(?:[-•]|[а-я]\))\s*(.*)$/u.exec(line);
    if (/^[IVX]+\.\s/u.test(line)) section++;
    if (numbered) {
      clause++;
      return new Paragraph({ text: numbered[2], numbering: { reference: 'clauses', level: 0, instance: section } });
    }
    if (lettered) return new Paragraph({ text: lettered[1], numbering: { reference: 'letters', level: 0, instance: clause } });
    return bullet ? new Paragraph({ text: bullet[1], numbering: { reference: 'bullets', level: 0 } }) : new Paragraph({ text: line });
  });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
        { reference: 'clauses', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'letters', levels: [{ level: 0, format: LevelFormat.RUSSIAN_LOWER, text: '%1)', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}

/** A PDF with a text layer, printed by Chromium itself from a page (a regulation's layout: columns, tables). */
export async function pdfOfHtml(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

/** A PDF with a text layer, printed by Chromium itself from the text laid out as a page. */
export function pdfOf(context: BrowserContext, text: string): Promise<Buffer> {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return pdfOfHtml(context, `<!doctype html><meta charset="utf-8"><body style="font: 12pt serif; white-space: pre-wrap">${escaped}</body>`);
}

/** A scan: the same page as a picture, so the PDF has no text layer at all. */
export async function scanOf(context: BrowserContext, text: string): Promise<Buffer> {
  const page = await context.newPage();
  await page.setContent('<!doctype html><body style="margin:0"><canvas width="800" height="1000"></canvas></body>');
  await page.evaluate((lines) => {
    const ctx = document.querySelector('canvas')!.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 800, 1000);
    ctx.fillStyle = '#000';
    ctx.font = '16px serif';
    lines.slice(0, 40).forEach((line, i) => ctx.fillText(line, 20, 30 + i * 24));
  }, text.split('\n'));
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}
