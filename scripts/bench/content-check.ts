import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessage } from '../../core/content-check/check';
import { CHECK_CATEGORIES } from '../../core/content-check/hits';
import { ROOT } from '../../test/browser/harness';

const ALL = { categories: CHECK_CATEGORIES, allowedPhones: [], allowedEmails: [], allowedAddresses: [] };
const corpus = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, `test/corpora/${name}.json`), 'utf8'));

/** A 4,000-character message: ordinary school text with one of each finding in it. */
function longMessage(negative: string[], positive: Record<string, string[]>): string {
  let text = Object.values(positive).map((examples) => examples[0]).join(' ');
  for (let i = 0; text.length < 4000; i++) text += ` ${negative[i % negative.length]}`;
  return text.slice(0, 4000);
}

/** The check's figures in Node (the background runs the same code): speed on a long message, and the corpora. */
export function contentCheckFigures(): { medianMs: number; negativeHits: number; detection: Array<{ category: string; rate: number }> } {
  const positive = corpus<Record<string, string[]>>('positive');
  const negative = corpus<string[]>('negative');
  const text = longMessage(negative, positive);
  for (let i = 0; i < 20; i++) checkMessage(text, ALL); // warm up
  const times: number[] = [];
  for (let i = 0; i < 101; i++) {
    const t0 = performance.now();
    checkMessage(text, ALL);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[50],
    negativeHits: negative.reduce((n, t) => n + checkMessage(t, ALL).length, 0),
    detection: Object.entries(positive).map(([category, examples]) => ({
      category,
      rate: examples.filter((t) => checkMessage(t, ALL).some((h) => h.category === category)).length / examples.length,
    })),
  };
}
