import { render } from 'preact';
import { dueDraftsFor, type SavedDraft } from '@/core/drafts';
import type { Settings } from '@/core/settings';
import { schoolTime } from '@/core/quiet-text';
import { t, uiLocale } from '@/components/i18n';
import { Panel } from '@/components/Panel';
import { QuietDialog } from '@/components/QuietDialog';
import { ask } from '../shared/messaging';
import { panelCollapsed } from '../shared/storage';
import { appendDraft, clearComposer, readDraft } from './composer-text';
import type { PageState } from './page-watch';
import { adapterFor } from './sites';
import type { HeldSend, SendGuard } from './send-guard';

const findComposer = () => adapterFor(new URL(location.href))?.findComposer(document) ?? null;

interface State extends PageState {
  settings: Settings;
  collapsed: boolean;
  notice: string | null;
  held: { send: HeldSend; at: number } | null;
  drafts: SavedDraft[];
}

/** The panel's state and what its buttons do; `update` re-renders into the shadow root. */
export function createPanelApp(initial: Pick<State, 'settings' | 'collapsed'>, guard: () => SendGuard) {
  let state: State = { ...initial, chat: null, composerFound: false, notice: null, held: null, drafts: [] };
  let container: HTMLElement | null = null;

  const update = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    if (container) render(view(), container);
    restoreDueDraft();
  };

  const composer = () => state.held?.send.composer ?? null;

  /** Closes the dialog first: while it is open the page is inert and its composer cannot take focus. */
  const finishHold = (notice: string | null, then?: (composer: HTMLElement) => void) => {
    const target = composer();
    update({ held: null, notice });
    if (target) then?.(target);
    target?.focus();
  };

  const remind = async (at: number) => {
    const target = composer();
    const text = target ? readDraft(target) : '';
    if (!text || !state.chat) return finishHold(null);
    const reply = await ask({ type: 'draft/save', chat: state.chat, url: location.href, text, remindAt: at });
    if (!reply.ok) return finishHold(t('noticeDraftSaveFailed', reply.error));
    finishHold(t('noticeDraftSaved', schoolTime(at, state.settings.quiet.timeZone, uiLocale(), Date.now())), clearComposer);
  };

  const emergency = async (reason: string) => {
    const held = state.held;
    if (!held || !state.chat) return;
    const reply = await ask({ type: 'override/record', chat: state.chat, reason, at: held.at, timeZone: state.settings.quiet.timeZone });
    if (!reply.ok) return finishHold(t('noticeRecordFailed', reply.error));
    update({ held: null });
    const sent = guard().release(held.send);
    update({ notice: t(sent ? 'noticeSentEmergency' : 'noticeSendFailed') });
  };

  const waitingDraft = () => (state.chat ? (dueDraftsFor(state.drafts, state.chat)[0] ?? null) : null);

  const putBack = (draft: SavedDraft, target: HTMLElement) => {
    appendDraft(target, draft.text);
    update({ drafts: state.drafts.filter((d) => d.id !== draft.id), notice: t('noticeDraftRestored') });
    void ask({ type: 'draft/restored', id: draft.id });
  };

  /** A due draft goes straight back into an empty composer; otherwise the panel offers it. */
  function restoreDueDraft() {
    const draft = waitingDraft();
    const target = draft && state.composerFound ? findComposer() : null;
    if (draft && target && !readDraft(target)) putBack(draft, target);
  }

  const view = () => (
    <>
      <Panel
        collapsed={state.collapsed}
        onToggle={() => {
          update({ collapsed: !state.collapsed });
          void panelCollapsed.setValue(state.collapsed);
        }}
        chat={state.chat}
        composerFound={state.composerFound}
        settings={state.settings}
        now={Date.now()}
        notice={state.notice}
        onDismissNotice={() => update({ notice: null })}
        waitingDraft={waitingDraft()}
        onInsertDraft={() => {
          const draft = waitingDraft();
          const target = findComposer();
          if (draft && target) putBack(draft, target);
        }}
        onOpenOptions={() => void ask({ type: 'options/open' })}
      />
      {state.held && (
        <QuietDialog
          now={state.held.at}
          policy={state.settings.quiet}
          onCancel={() => finishHold(null)}
          onRemind={(at) => void remind(at)}
          onEmergency={(reason) => void emergency(reason)}
        />
      )}
    </>
  );

  return {
    update,
    hold: (send: HeldSend) => update({ held: { send, at: Date.now() } }),
    mount(into: HTMLElement) {
      container = into;
      update({});
    },
  };
}
