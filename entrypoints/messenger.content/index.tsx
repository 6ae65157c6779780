import { createIsolatedElement } from '@webext-core/isolated-element';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '@/components/panel.css?inline';
import { defaultSettings } from '@/core/settings';
import { STORAGE_KEYS, TAB_STATE_KEYS } from '../shared/storage-keys';
import { ask } from '../shared/messaging';
import { watchStorage } from './storage-watch';
import { createPanelApp } from './panel-app';
import { watchPage } from './page-watch';
import { installSendGuard } from './send-guard';
import { MESSENGER_MATCHES, TAB_CHECK } from '../shared/messenger-pages';
import { browser } from 'wxt/browser';
import { adapterHere } from './sites';

const MINUTE = 60_000;

export default defineContentScript({
  matches: MESSENGER_MATCHES,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The guard goes in first, before the page's own listeners, with safe defaults until the background answers.
    let settings = defaultSettings();
    const app = createPanelApp({ settings, collapsed: false }, () => guard);
    const guard = installSendGuard({
      adapter: adapterHere,
      settings: () => settings,
      checksContent: () => app.checksContent(),
      onHeld: (held) => app.hold(held),
    });
    ctx.onInvalidated(() => guard.dispose());

    // Storage is read (and validated) by the background: this script only hears that it changed.
    const readState = async () => {
      const reply = await ask({ type: 'tab/state' });
      if (!reply.ok || !reply.state) return;
      settings = reply.state.settings;
      app.update(reply.state);
    };
    ctx.onInvalidated(watchStorage(TAB_STATE_KEYS, () => void readState()));
    // Co-moderators' actions show up as they arrive, not at the next refresh.
    ctx.onInvalidated(watchStorage([STORAGE_KEYS.teamChangedAt], () => app.refreshParticipants()));
    await readState();

    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    // WXT's createShadowRootUi is this plus anchoring and positioning the panel does not need, at 3 KB of the script.
    const ui = await createIsolatedElement({
      name: 'chat-steward',
      // Closed, so the messenger page cannot read moderation data out of the panel.
      mode: 'closed',
      isolateEvents: true,
      css: { textContent: `:host{all:initial !important;}\n${panelCss}` },
    });
    document.body.append(ui.parentElement);
    app.mount(ui.isolatedElement);
    ctx.onInvalidated(() => ui.parentElement.remove());
    // The options page's page check asks the tab what its adapter finds.
    const answerCheck = (message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
      if ((message as { type?: string } | null)?.type !== TAB_CHECK) return false;
      const url = new URL(location.href);
      reply({ url: url.href, parts: app.check() ?? [] });
      return false;
    };
    browser.runtime.onMessage.addListener(answerCheck);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerCheck));
    watchPage(ctx, (page) => app.page(page));
    ctx.onInvalidated(() => app.dispose());
    ctx.setInterval(() => app.update({}), MINUTE / 2);
    ctx.setInterval(() => app.refreshParticipants(), MINUTE / 2);
    ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && app.refreshParticipants());
  },
});
