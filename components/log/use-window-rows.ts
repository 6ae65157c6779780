import { observeWindowOffset, observeWindowRect, Virtualizer, windowScroll, type VirtualItem } from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/**
 * Only the rows in and near the window are drawn (TanStack Virtual, its framework-free core); the
 * page scrolls as usual; `list` is the element the rows are drawn in (its offset from the top of
 * the document is where the window's rows start).
 */
export function useWindowRows(count: number, estimate: number, list: { current: HTMLElement | null }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = (scrollMargin: number) => ({
    count,
    estimateSize: () => estimate,
    overscan: 12,
    scrollMargin,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    onChange: () => rerender(0),
  });
  const [virtualizer] = useState(() => new Virtualizer<Window, HTMLTableRowElement>(options(0)));
  const margin = useRef(0);
  virtualizer.setOptions({ ...virtualizer.options, ...options(margin.current) });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => {
    const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (top !== margin.current) {
      margin.current = top;
      virtualizer.setOptions({ ...virtualizer.options, scrollMargin: top });
    }
    virtualizer._willUpdate();
  });
  const items: VirtualItem[] = virtualizer.getVirtualItems();
  const before = items.length ? items[0].start - margin.current : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - margin.current) : 0;
  return { items, before, after, measure: virtualizer.measureElement };
}
