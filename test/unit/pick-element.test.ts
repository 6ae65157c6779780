// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickElement } from '@/entrypoints/messenger.content/picker/pick-element';

const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('pickElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('moves by arrows from where it starts and chooses with Enter; the page sees none of those keys', async () => {
    document.body.innerHTML = '<ul><li class="m"><b id="name">Рыбаков Ян</b><p id="text">Привет</p></li></ul>';
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.getElementById('text'));
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    const picked = pickElement('подсказка', () => false);
    key('ArrowLeft'); // to the name beside the text
    key('Enter');
    expect(await picked).toBe(document.getElementById('name'));
    expect(pageKeys).toEqual([]);
    expect(document.querySelector('steward-picker')).toBeNull();
  });

  it('gives nothing on Esc, never chooses its own or the extension’s elements, and keeps the click from the page', async () => {
    document.body.innerHTML = '<chat-steward></chat-steward><button id="b">Кнопка</button>';
    const clicks: string[] = [];
    document.getElementById('b')!.addEventListener('click', () => clicks.push('page'));
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.querySelector('chat-steward'));
    const cancelled = pickElement('подсказка', (el) => el.localName === 'chat-steward');
    key('Enter'); // nothing chosen yet: the extension's own panel was under the pointer
    key('Escape');
    expect(await cancelled).toBeNull();

    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.getElementById('b'));
    const clicked = pickElement('подсказка', () => false);
    document.getElementById('b')!.click();
    expect(await clicked).toBe(document.getElementById('b'));
    expect(clicks).toEqual([]);
  });
});
