/** The badge and the message control, inside each mark's closed shadow root. */
export const MARK_CSS = `
/* No width and no height in the line (it hangs from the line's top); raised over the page only while it shows something. */
.wrap { display: inline-flex; vertical-align: top; width: 0; height: 16px; margin: 0 -6px -16px 6px; gap: 4px; align-items: center;
  font: 600 11px/16px system-ui, sans-serif; white-space: nowrap; }
.wrap.shows, :host([data-hover]) .wrap, .wrap:focus-within { position: relative; z-index: 2147483000; }
.badge { padding: 0 6px; border-radius: 8px; background: #fde68a; color: #713f12; }
.badge[hidden] { display: none; }
.badge.blocked { background: #fecaca; color: #7f1d1d; }
.badge.by-name { outline: 1px dashed currentColor; outline-offset: -1px; }
.act { opacity: 0; margin: 0; padding: 0 5px; border: 1px solid #94a3b8; border-radius: 6px;
  background: #fff; color: #0f172a; font: inherit; cursor: pointer; }
:host([data-hover]) .act, .act:focus-visible { opacity: 1; }
.act:focus-visible, .flag:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.flag { margin: 0; padding: 0 6px; border: 0; border-radius: 8px; background: #fee2e2; color: #991b1b; font: inherit; cursor: pointer; }
.flag[hidden] { display: none; }
.flag.done { background: #e2e8f0; color: #334155; font-weight: 400; }
@media (prefers-color-scheme: dark) {
  .badge { background: #854d0e; color: #fef9c3; }
  .badge.blocked { background: #991b1b; color: #fee2e2; }
  .act { background: #1e293b; color: #f1f5f9; border-color: #64748b; }
  .flag { background: #7f1d1d; color: #fee2e2; }
  .flag.done { background: #334155; color: #e2e8f0; }
}
`;
