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

  it('releases a held send the way it was made, exactly once', () => {
    press({});
    expect(guard.release(held[0])).toBe(true);
    expect(pageSends).toEqual(['enter']);
    button().click(); // the next click is held again
    expect(pageSends).toEqual(['enter']);
    expect(held).toHaveLength(2);
    expect(guard.release(held[1])).toBe(true);
    expect(pageSends).toEqual(['enter', 'button']);
  });

  it.each(['mousedown', 'pointerdown', 'pointerup', 'mouseup'])('holds a button that sends on %s, swallows the rest of the press, and replays it once', (type) => {
    const wired = document.createElement('button');
    wired.setAttribute('aria-label', 'Отправить');
    wired.addEventListener(type, () => pageSends.push(type));
    button().replaceWith(wired);
    for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) wired.dispatchEvent(new (t.startsWith('pointer') ? PointerEvent : MouseEvent)(t, { bubbles: true, cancelable: true }));
    expect(pageSends).toEqual([]);
    expect(held).toHaveLength(1);
    guard.release(held[0]);
    expect(pageSends).toEqual([type]);
  });

  it('holds Enter and Space on the focused send button, and replays the key and the click it makes', () => {
    const keys: string[] = [];
    button().addEventListener('keydown', (e) => keys.push(e.key));
    for (const key of ['Enter', ' ']) {
      button().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      button().dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
    }
    expect(keys).toEqual([]);
    expect(held).toHaveLength(2);
    for (const h of held) guard.release(h);
    expect(keys).toEqual(['Enter', ' ']);
    expect(pageSends).toEqual(['button', 'button']);
  });

  it('holds every send with text by day when the content is to be checked, and none without text', () => {
    guard.dispose();
    now = DAY;
    guard = installSendGuard({ adapter: () => adapterFor(new URL('https://web.vk.me/convo/2000000005')), settings: () => settings, checksContent: () => true, onHeld: (h) => held.push(h), now: () => now });
    press({});
    expect(held).toEqual([]); // nothing typed: the page's own empty send
    composer().textContent = 'Телефон 8 912 345-67-89';
    press({});
    expect(held.map((h) => h.quiet)).toEqual([false]);
    expect(pageSends).toEqual(['enter']);
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
