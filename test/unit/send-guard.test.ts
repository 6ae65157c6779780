// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { installSendGuard, type HeldSend, type SendGuard } from '@/entrypoints/messenger.content/send-guard';
import { adapterFor } from '@/entrypoints/messenger.content/sites';
import { loadFixtureBody } from './fixture-dom';

const NIGHT = Date.parse('2026-11-23T23:30:00+03:00');
const DAY = Date.parse('2026-11-23T13:30:00+03:00');

let settings: Settings;
let now: number;
let held: HeldSend[];
let pageSends: string[];
let guard: SendGuard;

const composer = () => document.querySelector<HTMLElement>('[data-fixture-composer]')!;
const button = () => document.querySelector<HTMLElement>('[data-fixture-send]')!;
const press = (init: KeyboardEventInit) =>
  composer().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

beforeEach(() => {
  loadFixtureBody('vk');
  settings = defaultSettings('Europe/Moscow');
  now = NIGHT;
  held = [];
  pageSends = [];
  // The page's own handlers, registered on the elements as the messengers do.
  composer().addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && pageSends.push('enter'));
  button().addEventListener('click', () => pageSends.push('button'));
  guard = installSendGuard({
    adapter: () => adapterFor(new URL('https://web.vk.me/convo/2000000005')),
    settings: () => settings,
    onHeld: (h) => held.push(h),
    now: () => now,
  });
});

afterEach(() => guard.dispose());

describe('send guard', () => {
  it('holds Enter and the button at night, before the page sees them', () => {
    expect(press({})).toBe(false); // default prevented
    button().click();
    expect(pageSends).toEqual([]);
    expect(held.map((h) => h.composer)).toEqual([composer(), composer()]);
  });

  it('holds a form submit that carries the composer', () => {
    const form = composer().closest('form')!;
    const submitted = vi.fn((e: Event) => e.preventDefault());
    form.addEventListener('submit', submitted);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(submitted).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
  });

  it('lets everything through in the daytime', () => {
    now = DAY;
    press({});
    button().click();
    expect(pageSends).toEqual(['enter', 'button']);
    expect(held).toEqual([]);
  });

  it('lets everything through when switched off', () => {
    settings = { ...settings, guardEnabled: false };
    press({});
    expect(pageSends).toEqual(['enter']);
  });

  it('ignores Shift+Enter, IME composition and keys outside the composer', () => {
    press({ shiftKey: true });
    press({ isComposing: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(held).toEqual([]);
  });

  it('follows the send-key setting', () => {
    settings = { ...settings, sendKey: 'ctrl-enter' };
    press({});
    expect(held).toEqual([]);
    press({ ctrlKey: true });
    expect(held).toHaveLength(1);
  });

  it('releases a held send through the site button exactly once', () => {
    press({});
    expect(guard.release(held[0])).toBe(true);
    expect(pageSends).toEqual(['button']);
    button().click(); // the next click is held again
    expect(pageSends).toEqual(['button']);
    expect(held).toHaveLength(2);
  });

  it('falls back to Enter on the composer when the button is gone', () => {
    press({});
    button().remove();
    expect(guard.release(held[0])).toBe(true);
    expect(pageSends).toEqual(['enter']);
  });

  it('stops guarding once disposed', () => {
    guard.dispose();
    press({});
    expect(pageSends).toEqual(['enter']);
  });
});
