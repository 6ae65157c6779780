import { z } from 'zod/mini';

/** How the user's messenger sends: plain Enter, or Ctrl/Cmd+Enter. */
export const sendKeyModeSchema = z.enum(['enter', 'ctrl-enter']);
export type SendKeyMode = z.infer<typeof sendKeyModeSchema>;

/** The parts of a KeyboardEvent that decide whether it sends. */
export interface Keystroke {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode?: number;
}

/** keyCode 229 is what browsers report for keys that an IME is still composing. */
const IME_PROCESS_KEY = 229;

/**
 * True when the keystroke would send the message. In "enter" mode Ctrl/Cmd+Enter also counts:
 * both messengers send on it too, and a needless warning is better than a missed one.
 */
export function isSendKeystroke(k: Keystroke, mode: SendKeyMode): boolean {
  if (k.key !== 'Enter' || k.isComposing || k.keyCode === IME_PROCESS_KEY) return false;
  if (k.shiftKey || k.altKey) return false;
  return mode === 'enter' || k.ctrlKey || k.metaKey;
}
