import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessage } from '../../core/content-check/check';
import { CHECK_CATEGORIES, type CheckCategory } from '../../core/content-check/hits';
import { isShouting } from '../../core/watch/shouting';
import { ROOT } from '../../test/browser/harness';

const ALL = { categories: CHECK_CATEGORIES, allowedPhones: [], allowedEmails: [], allowedAddresses: [] };
const corpus = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, `test/corpora/${name}.json`), 'utf8'));

/** The watch's harder cases: disguised words, bare addresses, split phones, capitals; and school numbers that must stay clean. */
export function watchCorpusFigures(): { detection: Array<{ category: string; rate: number }>; negativeHits: number } {
  const disguised = corpus<Record<string, string[]>>('disguised');
  const found = (category: string, text: string) => (category === 'caps' ? isShouting(text) : checkMessage(text, ALL).some((h) => h.category === (category as CheckCategory)));
  const clean = [...corpus<string[]>('school-numbers'), ...corpus<string[]>('negative')];
  return {
    detection: Object.entries(disguised).map(([category, examples]) => ({ category: category === 'caps' ? 'capitals' : `${category} (disguised, bare or split)`, rate: examples.filter((t) => found(category, t)).length / examples.length })),
    negativeHits: clean.reduce((n, t) => n + checkMessage(t, ALL).length + (isShouting(t) ? 1 : 0), 0),
  };
}
