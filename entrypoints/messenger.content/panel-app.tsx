import { render } from 'preact';
import type { SavedDraft } from '@/core/quiet-hours/drafts';
import { dueDraftsFor } from '@/core/quiet-hours/due-drafts';
import { withChatKind } from '@/core/regulation/kinds';
import type { ChatRef } from '@/core/chat';
import { chatKey } from '@/core/chat-key';
import { schoolTime } from '@/core/quiet-hours/text';
import { errorText } from '@/components/error-text';
import { INVALID_PREFIX } from '@/core/response';
import { t, uiLocale, type MessageKey } from '@/components/i18n';
import { DutiesSection } from '@/components/DutiesSection';
import { ModerationSection } from '@/components/ModerationSection';
import { SyncProgress, type WatchProgress } from '@/components/team/SyncProgress';
import { NotesSection } from '@/components/NotesSection';
import { PageCheckSection } from '@/components/PageCheckSection';
import type { ChatNote, ParticipantSummary } from '@/core/moderation/participants';
import type { TabState } from '@/core/response';
import type { RoleId } from '@/core/regulation/profile';
import type { ActionDraft } from '@/core/moderation/actions';
import { Panel } from '@/components/Panel';
import { SendDialog, type ContentFindings } from '@/components/SendDialog';
import { contentRulesOf } from '@/core/content-check/rules';
import type { CheckCategory } from '@/core/content-check/hits';
import { MAX_CHECKED } from '@/core/content-check/limits';
import { ask } from '../shared/messaging';
import { appendDraft, clearComposer, readDraft } from './composer-text';
import { readPage, type PageState } from './page-watch';
import { adapterFor, adapterHere } from './sites';
import { composerRoom, findComposer } from './composer-room';
import type { HeldSend, SendGuard } from './send-guard';
import { messageMarks, type ActedMessage } from './message-marks';
import { marksById, type Mark } from '@/core/page-messages/marks';
import type { Author } from '@/core/page-messages/authors';
import { markWords } from '@/components/mark-words';
import { formatDateTime } from '@/components/log/labels';
import { LearnSection } from '@/components/LearnSection';
import { pickElement } from './picker/pick-element';
import { learnFromAuthor } from './picker/learn';
import type { LearnedSelectors } from '@/core/page-messages/learned';
import { excerpt } from '@/core/page-messages/authors';
import type { Reviewed } from '@/core/log/overview';
import { browserTimeZone } from '@/core/quiet-hours/time-zones';
import { watchedGroups } from '@/core/watch/watched-groups';
import { ReviewQueue } from '@/components/watch/ReviewQueue';
import { citeClause, findingLabel } from '@/components/watch/finding-words';
import { chatWatch, type Flagged } from './chat-watch';
import { highlightFound } from './found-highlight';
import { watchStorageValue } from './storage-watch';
import { violationsBeforeBlock } from '@/core/moderation/block-threshold';
import { STORAGE_KEYS } from '../shared/storage-keys';

const watchProgress: WatchProgress = (onValue) => watchStorageValue(STORAGE_KEYS.teamSyncProgress, onValue);

interface State extends PageState, TabState {
  notice: string | null;
  /** A send stopped at `at`, in the chat that was open at that moment (the page may have moved on since). */
  /** A send stopped at `at`, in the chat open then, with what the content check found in it. */
  held: { send: HeldSend; at: number; chat: ChatRef | null; content: ContentFindings | null } | null;
  participants: ParticipantSummary[];
  notes: ChatNote[];
  /** People seen writing in the open chat, and whether the adapter found any message at all. */
  seen: Author[];
  messagesFound: boolean | null;
  fromMessage: (ActedMessage & { nonce: number; reason?: string; clause?: string; messageId?: string }) | null;
  /** Flagged messages someone in the team handled, by message id. */
  reviewed: Map<string, Reviewed>;
  /** Bumped when the watch's answers change, so the queue is drawn anew. */
  flagsAt: number;
}

/** How long a send waits for the content check before going out unchecked. */
const CHECK_TIMEOUT_MS = 3000;

/** Roles that never moderate; anyone else may, including a user who has not chosen roles yet. */
const NON_MODERATORS: RoleId[] = ['student', 'parent'];
const moderates = (roles: RoleId[]) => roles.length === 0 || roles.some((r) => !NON_MODERATORS.includes(r));

/** The panel's state and what its buttons do; `update` re-renders into the shadow root. */
export function createPanelApp(initial: Pick<State, 'settings' | 'collapsed'>, guard: () => SendGuard) {
  let state: State = { ...initial, served: false, chat: null, composerFound: false, notice: null, held: null, drafts: [], profile: null, chatKinds: {}, participants: [], notes: [], learned: {}, team: null, seen: [], messagesFound: null, fromMessage: null, reviewed: new Map(), flagsAt: 0 };
  let container: HTMLElement | null = null;
  let marks = new Map<string, Mark>();

  const adapter = adapterHere;
  /** Selectors taught in this browser, else those an owner or admin shared with the team. */
  const learnedHere = () => {
    const site = adapter()?.site;
    return (site && (state.learned[site] ?? state.team?.selectors[site]?.value)) || null;
  };
  const moderator = () => moderates(state.settings.roles);
  const watch = chatWatch({
    chat: () => state.chat,
    check: async (chat, posts) => {
      const reply = await ask({ type: 'watch/check', chat, posts });
      if (!reply.ok) update({ notice: t('watchCheckFailed') });
      return reply.ok ? (reply.flags ?? []) : null;
    },
    onChange: () => showFlags(),
    zone: browserTimeZone(),
  });
  const queued = () => watch.flaggedIn(state.chat).filter((f) => !state.reviewed.has(f.id));
  const flagWords = (f: Flagged) => {
    const done = state.reviewed.get(f.id);
    if (done) return { text: t('watchFlagDone', done.actor), label: t('watchFlagDoneLabel', done.actor), done: true };
    const what = f.findings.map((x) => `${findingLabel(x.kind)} — ${citeClause(x.citation)}`).join('; ');
    return { text: t('watchFlag', findingLabel(f.findings[0].kind)), label: t('watchFlagLabel', what), done: false };
  };
  /** Flags beside the flagged messages on the page now, the found words highlighted, and the queue drawn anew. */
  function showFlags() {
    const flagged = watch.flaggedIn(state.chat);
    const marks: Array<{ root: Node; start: number; end: number }> = [];
    for (const f of flagged) {
      if (!pageMarks.flag(f.message.element, flagWords(f))) continue;
      const root = f.message.textElement;
      if (root && !state.reviewed.has(f.id)) for (const finding of f.findings) for (const hit of finding.hits) marks.push({ root, ...hit });
    }
    highlightFound(marks);
    update({ flagsAt: Date.now() });
  }
  const pageMarks = messageMarks({
    list: () => (state.chat ? (adapter()?.listMessages(document, learnedHere()) ?? []) : []),
    readOne: (element) => adapter()!.readMessage(element, learnedHere()),
    messageOf: (target) => adapter()?.messageOf(target, learnedHere()) ?? null,
    touches: (node) => adapter()?.touchesMessages(node, learnedHere()) ?? false,
    markOf: (author) => marks.get(author.id) ?? null,
    words: markWords,
    onAct: (message) => update({ collapsed: false, fromMessage: { ...message, nonce: Date.now() } }),
    chat: () => state.chat && chatKey(state.chat),
    onLines: (lines, appended) => {
      if (!moderator() || !state.chat) return;
      // Re-rendered flagged messages take their flags back without a new check; new ones wait for their answer.
      if (watch.lines(lines, appended)) showFlags();
    },
    onFlag: (element) => {
      update({ collapsed: false });
      const id = watch.idOf(element);
      if (id) container?.querySelector<HTMLElement>(`[data-message="${CSS.escape(id)}"] button`)?.focus();
    },
    onScan: (seen, found) => {
      const same = found === state.messagesFound && seen.length === state.seen.length && seen.every((a, i) => a.id === state.seen[i].id && a.name === state.seen[i].name);
      if (!same) update({ seen, messagesFound: found });
    },
  });

  const room = composerRoom(() => update({}));

  const update = (patch: Partial<State>) => {
    // Taught selectors read the page anew; new rules check every message again.
    // (The team's settings hold both its allowlist and its shared selectors.)
    const relearned = patch.learned !== undefined && patch.learned !== state.learned;
    const rechecks = (['settings', 'profile', 'chatKinds', 'team'] as const).some((k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(state[k]));
    state = { ...state, ...patch };
    if (container) render(view(), container);
    restoreDueDraft();
    // A message flagged under the old rules loses its flag until the new rules find something in it.
    if (rechecks) for (const f of watch.reset()) pageMarks.flag(f.message.element, null);
    if (relearned || rechecks) pageMarks.scan();
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
    const chat = state.held?.chat;
    if (!text || !chat) return finishHold(null);
    const reply = await ask({ type: 'draft/save', chat, url: location.href, text, remindAt: at });
    if (!reply.ok) return finishHold(t('noticeDraftSaveFailed', errorText(reply.error)));
    finishHold(t('noticeDraftSaved', schoolTime(at, state.settings.quiet.timeZone, uiLocale(), Date.now())), clearComposer);
  };

  /** Sends the held message as an emergency; a reason the background refuses is said in the dialog. */
  const emergency = async (reason: string): Promise<string | null> => {
    const held = state.held;
    if (!held?.chat) return null;
    const reply = await ask({ type: 'override/record', chat: held.chat, reason, at: held.at, timeZone: state.settings.quiet.timeZone });
    if (!reply.ok && reply.error.startsWith(INVALID_PREFIX)) return errorText(reply.error);
    if (!reply.ok) {
      finishHold(t('noticeRecordFailed', errorText(reply.error)));
      return null;
    }
    if (held.content) await logOverride(held.chat, held.content, held.at);
    sendHeld(held.send, 'noticeSentEmergency');
    return null;
  };

  /** The dialog closes and the held message goes out through the page's own controls, once. */
  const sendHeld = (send: HeldSend, sentNotice: MessageKey) => {
    // Closed first, as finishHold does: the page is inert while the dialog is open.
    update({ held: null });
    update({ notice: t(guard().release(send) ? sentNotice : 'noticeSendFailed') });
  };

  const logOverride = (chat: ChatRef, content: ContentFindings, at: number) =>
    ask({ type: 'content/override', chat, categories: [...new Set(content.hits.map((h) => h.category))] as CheckCategory[], at });

  /** By day, a message with findings goes out only by the user's explicit choice, noted (without its text) in the log. */
  const sendAnyway = async () => {
    const held = state.held;
    if (!held?.chat || !held.content) return finishHold(null);
    const reply = await logOverride(held.chat, held.content, held.at);
    if (!reply.ok) return finishHold(t('noticeRecordFailed', errorText(reply.error)));
    sendHeld(held.send, 'noticeSentAnyway');
  };

  /** Whether the regulation in use names checks for what is sent. */
  const checksContent = () => contentRulesOf(state.profile).categories.length > 0;

  /** The content check's answer, or null when it could not be had in time (the send then goes unchecked, and says so). */
  const checkText = async (text: string) => {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), CHECK_TIMEOUT_MS));
    const reply = await Promise.race([ask({ type: 'content/check', text: text.slice(0, MAX_CHECKED) }), timeout]);
    return reply?.ok && reply.check ? reply.check : null;
  };

  /** A held send: checked, then sent at once when nothing is wrong, else the one dialog for all that is. */
  const screen = async (send: HeldSend) => {
    const at = Date.now();
    const chat = readPage().chat;
    const text = send.composer ? readDraft(send.composer) : '';
    const checking = text !== '' && checksContent();
    const check = checking ? await checkText(text) : null;
    const content = check?.hits.length ? { ...check, text } : null;
    if (send.quiet || content) return update({ held: { send, at, chat, content } });
    const sent = guard().release(send);
    if (!sent) update({ notice: t('noticeSendFailed') });
    else if (checking && !check) update({ notice: t('noticeCheckFailed') });
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

  const currentChatKey = () => (state.chat ? chatKey(state.chat) : null);

  const loadParticipants = async () => {
    if (!state.chat) return update({ participants: [], notes: [] });
    const reply = await ask({ type: 'chat/participants', chat: state.chat });
    const participants = (reply.ok && reply.participants) || [];
    marks = marksById(participants);
    const reviewed = new Map(((reply.ok && reply.reviewed) || []).map((r) => [r.messageId, r]));
    update({ participants, notes: (reply.ok && reply.notes) || [], reviewed });
    pageMarks.scan();
    showFlags();
  };

  // The review queue's one-click answers. Nothing is ever sent: a reminder goes into the composer for the moderator.
  const flaggedOr = (id: string, then: (f: Flagged) => void) => {
    const f = watch.get(id);
    if (f) then(f);
  };
  const showMessage = (id: string) =>
    flaggedOr(id, (f) => {
      if (!f.message.element.isConnected) return update({ notice: t('watchGone') });
      f.message.element.scrollIntoView({ block: 'center' });
      pageMarks.focusFlag(f.message.element);
    });
  const recordFrom = (id: string) =>
    flaggedOr(id, (f) =>
      update({
        collapsed: false,
        fromMessage: { author: f.author, evidence: excerpt(f.text), nonce: Date.now(), reason: f.findings.map((x) => findingLabel(x.kind)).join(', '), clause: f.findings[0].citation.clause, messageId: f.id },
      }),
    );
  const remindFrom = (id: string) =>
    flaggedOr(id, async (f) => {
      const target = findComposer();
      if (!target || !state.chat) return update({ notice: t('watchNoComposer') });
      const { citation } = f.findings[0];
      const rule = citeClause(citation);
      appendDraft(target, f.author?.name ? t('watchRemindText', f.author.name, rule, citation.text) : t('watchRemindAll', rule, citation.text));
      target.focus();
      await recordHandled({ kind: 'rules-reminder', chat: state.chat, clauses: [citation.clause], messageId: f.id }, 'watchReminded');
    });
  const dismiss = (id: string) =>
    flaggedOr(id, async (f) => {
      if (!state.chat) return;
      const findings = [...new Set(f.findings.map((x) => x.kind))];
      await recordHandled({ kind: 'flag-dismissed', chat: state.chat, clauses: [...new Set(f.findings.map((x) => x.citation.clause))], messageId: f.id, findings }, 'watchDismissed');
    });
  /** A flagged message handled: recorded as any action is (the queue drops it when the chat's records are read again). */
  const recordHandled = async (draft: ActionDraft, done: MessageKey) => {
    const outcome = await recordAction(draft);
    update({ notice: typeof outcome === 'string' ? t('noticeRecordFailed', errorText(outcome)) : t(done) });
  };
  const allow = async (phrase: string) => {
    const reply = await ask({ type: 'watch/allow', phrase });
    if (!reply.ok) return update({ notice: t('noticeRecordFailed', errorText(reply.error)) });
    update({ notice: t(reply.value === 'team' ? 'watchAllowedTeam' : 'watchAllowedLocal', phrase) });
  };

  /** Who shared the selectors in use with the team, when they are the team's (none taught here). */
  const sharedBy = () => {
    const site = adapter()?.site;
    const shared = site && !state.learned[site] ? state.team?.selectors[site] : null;
    return shared?.value ? `${shared.by}, ${formatDateTime(shared.at)}` : null;
  };
  /** The page check, with any selectors taught here or shared by the team, and where each one came from. */
  const check = () => {
    const url = new URL(location.href);
    const learned = learnedHere();
    const by = sharedBy();
    const source = learned && (by ? t('selectorsShared', by) : t('selectorsTaught'));
    return adapterFor(url)?.check(document, url, learned).map((p) => ({ ...p, source: p.via && learned && p.via === learned.items ? source! : p.part === 'chatId' || !p.found ? undefined : t('selectorsBuiltIn') })) ?? null;
  };

  /** An owner or admin shares what was taught here with the team: members' tabs use it at once. */
  const share = async () => {
    const site = adapter()?.site;
    const learned = site && state.learned[site];
    if (!site || !learned) return;
    const reply = await ask({ type: 'site/share', site, learned });
    update({ notice: reply.ok ? t('learnSharedDone') : t('noticeRecordFailed', errorText(reply.error)) });
  };

  const teach = async (learned: LearnedSelectors | null, notice: string) => {
    const site = adapter()?.site;
    if (!site) return;
    const reply = await ask({ type: 'site/learn', site, learned });
    if (!reply.ok) return update({ notice: t('noticeRecordFailed', errorText(reply.error)) });
    const { [site]: _old, ...others } = state.learned;
    update({ learned: learned ? { ...others, [site]: learned } : others, notice });
  };

  /** The user points at an author's name; what it shows of the markup is kept for this messenger. */
  const pick = async () => {
    const chosen = await pickElement(t('learnHint'), (el) => !!el.closest('chat-steward, steward-mark, steward-picker'));
    if (!chosen) return update({ notice: t('learnCancelled') });
    const learned = learnFromAuthor(chosen);
    if (!learned) return update({ notice: t('learnFailed') });
    const count = adapter()?.readMessages(document, learned).filter((m) => m.read.kind === 'message').length ?? 0;
    await teach(learned, t('learnDone', count));
  };

  const recordAction = async (draft: ActionDraft) => {
    // The chat open now, read from the page, not the one the panel last drew.
    const reply = await ask({ type: 'action/record', draft: { ...draft, chat: readPage().chat ?? draft.chat } });
    if (!reply.ok) return reply.error;
    void loadParticipants();
    return reply.decision ?? 'bad-reply';
  };

  const view = () =>
    state.served && (
      <>
        <Panel
          collapsed={state.collapsed}
          onToggle={() => {
            update({ collapsed: !state.collapsed });
            void ask({ type: 'tab/collapse', collapsed: state.collapsed });
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
          maxHeight={state.collapsed ? undefined : room.get()}
        >
          <SyncProgress watch={watchProgress} />
          {state.chat && (
            <DutiesSection
              profile={state.profile}
              roles={state.settings.roles}
              chatKind={state.chatKinds[currentChatKey()!] ?? null}
              onChatKind={(kind) => {
                const key = currentChatKey()!;
                update({ chatKinds: withChatKind(state.chatKinds, key, kind) });
                void ask({ type: 'chat/tag', key, kind });
              }}
            />
          )}
          {state.chat && moderates(state.settings.roles) && (
            <ModerationSection
              chat={state.chat}
              participants={state.participants}
              violationsBeforeBlock={violationsBeforeBlock(state.profile)}
              onRecord={recordAction}
              onOpenLog={() => void ask({ type: 'log/open' })}
              seen={state.seen}
              fromMessage={state.fromMessage}
            />
          )}
          {state.chat && moderates(state.settings.roles) && (
            <ReviewQueue
              entries={queued().map((f) => ({ id: f.id, author: f.author?.name || null, text: f.text, at: f.at, findings: f.findings }))}
              watching={watchedGroups(state.settings.watch, contentRulesOf(state.profile).watch, state.chatKinds[currentChatKey()!] ?? null).length > 0}
              onShow={showMessage}
              onRecord={recordFrom}
              onRemind={(id) => void remindFrom(id)}
              onDismiss={(id) => void dismiss(id)}
              onAllow={(_id, phrase) => void allow(phrase)}
            />
          )}
          {state.chat && moderates(state.settings.roles) && (
            <LearnSection
              found={state.messagesFound}
              learned={learnedHere()}
              onPick={() => void pick()}
              onForget={() => void teach(null, t('learnForgotten'))}
              sharedBy={sharedBy()}
              onShare={state.team && adapter() && state.learned[adapter()!.site] ? () => void share() : null}
            />
          )}
          {state.chat && moderates(state.settings.roles) && <NotesSection chat={state.chat} notes={state.notes} onRecord={recordAction} />}
        <PageCheckSection run={check} />
        </Panel>
        {state.held && (
          <SendDialog
            now={state.held.at}
            policy={state.settings.quiet}
            quiet={state.held.send.quiet}
            content={state.held.content}
            onCancel={() => finishHold(null)}
            onRemind={(at) => void remind(at)}
            onEmergency={emergency}
            onSendAnyway={() => void sendAnyway()}
          />
        )}
      </>
    );

  return {
    update,
    /** Co-moderators' records arrive in the background: re-read the chat's participants now and then. */
    refreshParticipants: () => void loadParticipants(),
    /** The page changed: a new chat brings its participants. */
    page(page: PageState) {
      const chatChanged = page.chat?.id !== state.chat?.id || page.chat?.site !== state.chat?.site;
      const servedChanged = page.served !== state.served;
      update(chatChanged ? { ...page, fromMessage: null } : page);
      // Badges and message controls only where the extension serves (vk.com/feed is left alone).
      if (servedChanged) (page.served ? pageMarks.start : pageMarks.stop)();
      if (chatChanged) void loadParticipants();
    },
    hold: (send: HeldSend) => void screen(send),
    checksContent,
    mount(into: HTMLElement) {
      container = into;
      update({});
    },
    dispose: () => {
      pageMarks.stop();
      room.stop();
    },
    check,
  };
}
