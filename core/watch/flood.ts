/** The same text this many times in a row by one author is flooding. */
export const FLOOD_REPEATS = 3;

/** The run of one author's same text that a message continues or starts. */
export interface RepeatRun {
  author: string;
  text: string;
  count: number;
}

const same = (text: string) => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/**
 * The run after a message, given the run before it: how many times in a row its author has now
 * written the same text. A message of unknown author or without text ends a run (null).
 */
export function nextRepeat(run: RepeatRun | null, author: string | null, text: string): RepeatRun | null {
  const key = same(text);
  if (!author || !key) return null;
  return run && run.author === author && run.text === key ? { ...run, count: run.count + 1 } : { author, text: key, count: 1 };
}
