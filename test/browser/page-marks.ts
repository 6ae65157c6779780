// The badges and message controls live in closed shadow roots in the messenger's own markup; the
// DevTools protocol reaches them, as it does the panel (see Panel in harness.ts).
import type { CDPSession, Page } from 'playwright-core';

export interface MarkSeen {
  /** The text of the message the mark sits in (as the page shows it, name included). */
  message: string;
  /** The badge's text, or null when it is hidden (no records for this author). */
  badge: string | null;
  /** What a screen reader says for the badge. */
  label: string | null;
}

interface Node {
  nodeId: number;
  nodeName: string;
  children?: Node[];
  shadowRoots?: Node[];
}

async function call<T>(cdp: CDPSession, nodeId: number, fn: string, args: unknown[] = []): Promise<T> {
  const { object } = await cdp.send('DOM.resolveNode', { nodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, arguments: args.map((value) => ({ value })), returnByValue: true });
  return result.value as T;
}

async function hosts(cdp: CDPSession): Promise<Node[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found: Node[] = [];
  const stack: Node[] = [root as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === 'STEWARD-MARK' && node.shadowRoots?.length) found.push(node);
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return found;
}

export class PageMarks {
  private constructor(
    private page: Page,
    private cdp: CDPSession,
    /** The messages' selector on this fixture. */
    private messages: string,
  ) {}

  static async of(page: Page, messages: string): Promise<PageMarks> {
    return new PageMarks(page, await page.context().newCDPSession(page), messages);
  }

  /** Every mark on the page, in page order. */
  async read(): Promise<MarkSeen[]> {
    const seen: Array<MarkSeen & { order: number }> = [];
    for (const host of await hosts(this.cdp)) {
      try {
        const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: host.shadowRoots![0].nodeId, selector: '.badge' });
        const badge = await call<{ text: string | null; label: string | null }>(this.cdp, nodeId, 'function () { return { text: this.hidden ? null : this.textContent, label: this.getAttribute("aria-label") }; }');
        const place = await call<{ message: string; order: number }>(
          this.cdp,
          host.nodeId,
          'function (sel) { const m = this.closest(sel); return { message: m ? m.textContent.trim() : "", order: m ? [...document.querySelectorAll(sel)].indexOf(m) : -1 }; }',
          [this.messages],
        );
        seen.push({ ...place, badge: badge.text, label: badge.text === null ? null : badge.label });
      } catch {
        // The page re-rendered this message between the calls: read again next time.
      }
    }
    return seen.sort((a, b) => a.order - b.order).map(({ order: _order, ...mark }) => mark);
  }

  /** Flags by message, in page order: "text → flag text | what it reads aloud" for each flagged message. */
  async flags(): Promise<string[]> {
    const seen: Array<{ line: string; order: number }> = [];
    for (const host of await hosts(this.cdp)) {
      try {
        const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: host.shadowRoots![0].nodeId, selector: '.flag' });
        const flag = await call<{ text: string; label: string } | null>(this.cdp, nodeId, 'function () { return this.hidden ? null : { text: this.textContent, label: this.getAttribute("aria-label") }; }');
        if (!flag) continue;
        const place = await call<{ message: string; order: number }>(
          this.cdp,
          host.nodeId,
          'function (sel) { const m = this.closest(sel); return { message: m ? m.textContent.trim() : "", order: m ? [...document.querySelectorAll(sel)].indexOf(m) : -1 }; }',
          [this.messages],
        );
        seen.push({ line: `${place.message} → ${flag.text} | ${flag.label}`, order: place.order });
      } catch {
        // Re-rendered between the calls: read again next time.
      }
    }
    return seen.sort((a, b) => a.order - b.order).map((s) => s.line);
  }

  /** Badges by message, for `expect.poll`: "text → badge" for each message with a mark. */
  async badges(): Promise<string[]> {
    return (await this.read()).map((m) => `${m.message} → ${m.badge ?? '—'}`);
  }

  /** Gives keyboard focus to the control on the message that says `text` (as Tab would reach it), and whether it then shows. */
  async focusControl(text: string): Promise<boolean> {
    const host = await this.hostOf(text);
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: host.shadowRoots![0].nodeId, selector: 'button.act' });
    return call<boolean>(this.cdp, nodeId, 'function () { this.focus({ focusVisible: true }); return getComputedStyle(this).opacity === "1" && this.getRootNode().activeElement === this; }');
  }

  private async hostOf(text: string): Promise<Node> {
    let host: Node | null = null;
    let shortest = Infinity;
    for (const candidate of await hosts(this.cdp)) {
      const length = await call<number>(this.cdp, candidate.nodeId, 'function (sel, text) { const m = this.closest(sel); return m && m.textContent.includes(text) ? m.textContent.length : -1; }', [this.messages, text]);
      if (length >= 0 && length < shortest) [host, shortest] = [candidate, length];
    }
    if (!host) throw new Error(`no mark on a message with "${text}"`);
    return host;
  }

  /** Hovers the message that says `text` (the shortest one: a reply quotes others) and clicks its control, as a pointer would. */
  async act(text: string): Promise<void> {
    const host = await this.hostOf(text);
    await call(this.cdp, host.nodeId, "function (sel) { this.closest(sel).scrollIntoView({ block: 'center' }); }", [this.messages]);
    const message = await call<{ x: number; y: number }>(this.cdp, host.nodeId, 'function (sel) { const r = this.closest(sel).getBoundingClientRect(); return { x: r.x + 10, y: r.y + r.height / 2 }; }', [this.messages]);
    await this.page.mouse.move(message.x, message.y);
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: host.shadowRoots![0].nodeId, selector: 'button.act' });
    const box = await call<{ x: number; y: number; w: number; h: number; opacity: string }>(
      this.cdp,
      nodeId,
      'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, opacity: getComputedStyle(this).opacity }; }',
    );
    if (box.opacity !== '1') throw new Error(`the control on "${text}" did not show on hover`);
    return this.page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  }
}
