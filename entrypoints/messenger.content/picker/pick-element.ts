const CSS = `
.box { position: fixed; pointer-events: none; outline: 2px solid #2563eb; background: rgb(37 99 235 / 0.12);
  border-radius: 3px; z-index: 2147483646; }
.hint { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); max-width: 90vw;
  padding: 8px 14px; border-radius: 8px; background: #0f172a; color: #f8fafc;
  font: 14px/1.4 system-ui, sans-serif; z-index: 2147483647; pointer-events: none; }
`;

/** Keys that move the choice through the page, as content blockers' element pickers do. */
const MOVES: Record<string, (el: Element) => Element | null> = {
  ArrowUp: (el) => el.parentElement,
  ArrowDown: (el) => el.firstElementChild,
  ArrowLeft: (el) => el.previousElementSibling,
  ArrowRight: (el) => el.nextElementSibling,
};

/** The pointer and the mouse buttons belong to the picker while it is open: the page sees none of them. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'auxclick'];

/**
 * Lets the user point at one element of the page (pointer, or arrows and Enter) and resolves
 * with it, or null on Esc. `ours` tells the extension's own elements, which cannot be chosen.
 */
export function pickElement(hint: string, ours: (el: Element) => boolean): Promise<Element | null> {
  return new Promise((resolve) => {
    const host = document.createElement('steward-picker');
    host.setAttribute('style', 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;');
    const root = host.attachShadow({ mode: 'closed' });
    const box = Object.assign(document.createElement('div'), { className: 'box' });
    const text = Object.assign(document.createElement('div'), { className: 'hint', textContent: hint });
    text.setAttribute('role', 'status');
    root.append(Object.assign(document.createElement('style'), { textContent: CSS }), box, text);
    document.documentElement.append(host);

    let current: Element | null = null;
    const show = (el: Element | null) => {
      if (!el || ours(el) || el === document.documentElement || el === document.body) return;
      current = el;
      const r = el.getBoundingClientRect();
      Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    show(document.elementFromPoint(innerWidth / 3, innerHeight / 2));

    const finish = (el: Element | null) => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('keydown', key, true);
      for (const type of SWALLOWED) window.removeEventListener(type, swallow, true);
      host.remove();
      resolve(el);
    };
    const move = (e: PointerEvent) => show(document.elementFromPoint(e.clientX, e.clientY));
    const swallow = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'click') finish(current);
    };
    const key = (e: KeyboardEvent) => {
      const step = MOVES[e.key];
      if (!step && e.key !== 'Escape' && e.key !== 'Enter') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.key === 'Escape') finish(null);
      else if (e.key === 'Enter') {
        // Enter with nothing chosen yet waits for a choice.
        if (current) finish(current);
      }
      else if (current) show(step(current));
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('keydown', key, true);
    for (const type of SWALLOWED) window.addEventListener(type, swallow, true);
  });
}
