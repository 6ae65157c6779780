import { describe, expect, it } from 'vitest';
import { isSendKeystroke, type Keystroke } from '@/core/quiet-hours/send-keys';

const key = (patch: Partial<Keystroke>): Keystroke => ({
  key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...patch,
});

describe('isSendKeystroke', () => {
  it('sends on Enter in enter mode, and on Ctrl/Cmd+Enter too', () => {
    expect(isSendKeystroke(key({}), 'enter')).toBe(true);
    expect(isSendKeystroke(key({ ctrlKey: true }), 'enter')).toBe(true);
    expect(isSendKeystroke(key({ metaKey: true }), 'enter')).toBe(true);
  });

  it('sends only on Ctrl/Cmd+Enter in ctrl-enter mode', () => {
    expect(isSendKeystroke(key({}), 'ctrl-enter')).toBe(false);
    expect(isSendKeystroke(key({ ctrlKey: true }), 'ctrl-enter')).toBe(true);
    expect(isSendKeystroke(key({ metaKey: true }), 'ctrl-enter')).toBe(true);
  });

  it('never treats Shift+Enter or Alt+Enter as a send', () => {
    for (const mode of ['enter', 'ctrl-enter'] as const) {
      expect(isSendKeystroke(key({ shiftKey: true }), mode)).toBe(false);
      expect(isSendKeystroke(key({ shiftKey: true, ctrlKey: true }), mode)).toBe(false);
      expect(isSendKeystroke(key({ altKey: true, ctrlKey: true }), mode)).toBe(false);
    }
  });

  it('ignores Enter that confirms an IME composition', () => {
    expect(isSendKeystroke(key({ isComposing: true }), 'enter')).toBe(false);
    expect(isSendKeystroke(key({ keyCode: 229 }), 'enter')).toBe(false);
  });

  it('ignores every other key', () => {
    expect(isSendKeystroke(key({ key: 'a' }), 'enter')).toBe(false);
    expect(isSendKeystroke(key({ key: 'NumpadEnter' }), 'enter')).toBe(false);
  });
});
