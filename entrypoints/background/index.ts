import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Request } from '@/core/messages';
import type { Response } from '@/core/response';
import { serve } from './serve';
import { collapsePanel, keepSyncProgress, learnSelectors, tagChat, watchSettings } from '../shared/storage';
import { loadTabState } from './tab-state';
import { checkContent, recordContentOverride } from './content-check';
import { allowPhrase, checkPosts } from './watch';
import { shareTeamSelectors } from './team-shared';
import { forgetDraft, openDraftChat, remind, saveDraft } from './drafts';
import { checkMessengerTab } from './page-check';
import { applyRetention, eraseLog, overviewOf, recordAction, startLogAlarms } from './log';
import { createTeam, decideRoster, exportTeam, keepConfig, importTeam, joinTeam, leaveTeam, prepareHost, restoreTeam, resumeTeam, setTeamOnline, setTeamRegulation, setTeamRetention, teamChanged, teamStatus } from './team';

async function handle(request: Request): Promise<Response> {
  switch (request.type) {
    case 'draft/save':
      return { ok: true, id: await saveDraft(request) };
    case 'draft/restored':
      await forgetDraft(request.id);
      return { ok: true };
    case 'override/record': {
      const { chat, reason, at, timeZone } = request;
      const { id } = await recordAction({ kind: 'quiet-hours-override', chat, reason, timeZone, clauses: [] }, at);
      return { ok: true, id };
    }
    case 'action/record': {
      const { decision, id } = await recordAction(request.draft);
      return { ok: true, id, decision };
    }
    case 'chat/participants':
      return { ok: true, ...(await overviewOf(request.chat)) };
    case 'tab/state':
      return { ok: true, state: await loadTabState() };
    case 'tab/collapse':
      await collapsePanel(request.collapsed);
      return { ok: true };
    case 'site/learn':
      await learnSelectors(request.site, request.learned);
      return { ok: true };
    case 'chat/tag':
      await tagChat(request.key, request.kind);
      return { ok: true };
    case 'content/check':
      return { ok: true, check: await checkContent(request.text) };
    case 'watch/check':
      return { ok: true, flags: await checkPosts(request.chat, request.posts) };
    case 'watch/allow': {
      const where = await allowPhrase(request.phrase);
      return where === 'team' || where === 'local' ? { ok: true, value: where } : { ok: false, error: where };
    }
    case 'site/share': {
      const done = await shareTeamSelectors(request.site, request.learned);
      return done === 'done' ? { ok: true } : { ok: false, error: done };
    }
    case 'content/override': {
      const { id } = await recordContentOverride(request.chat, request.categories, request.at);
      return { ok: true, id };
    }
    case 'options/open':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'page/check':
      return { ok: true, value: await checkMessengerTab() };
    case 'log/open':
      await browser.tabs.create({ url: browser.runtime.getURL('/log.html') });
      return { ok: true };
    case 'team/create':
      // Opening the team writes this moderator's earlier records into it.
      await createTeam(request.team, request.signaling, request.iceServers, request.relayOnly);
      return { ok: true, value: await teamStatus() };
    case 'team/prepare':
      await prepareHost();
      return { ok: true };
    case 'team/join': {
      const joined = await joinTeam(request.code);
      return typeof joined === 'string' ? { ok: false, error: joined } : { ok: true, value: joined };
    }
    case 'team/decide':
      return decideRoster(request.decision);
    case 'team/restore': {
      const restored = await restoreTeam(request.config);
      return typeof restored === 'string' ? { ok: false, error: restored } : { ok: true, value: restored };
    }
    case 'team/leave':
      await leaveTeam();
      return { ok: true };
    case 'team/status':
      return { ok: true, value: await teamStatus() };
    case 'team/regulation':
      return { ok: true, value: await setTeamRegulation(request.profileId) };
    case 'team/retention':
      return { ok: true, value: await setTeamRetention(request.months) };
    case 'log/erase':
      await eraseLog();
      return { ok: true };
    case 'team/online':
      return { ok: true, value: await setTeamOnline(request.online) };
    case 'team/export':
      return { ok: true, value: await exportTeam() };
    case 'team/import':
      return { ok: true, value: await importTeam(request.text) };
    case 'team/changed':
      await teamChanged();
      return { ok: true };
    case 'team/config':
      await keepConfig(request.config);
      return { ok: true };
    case 'team/progress':
      await keepSyncProgress(request.done, request.total);
      return { ok: true };
  }
}

export default defineBackground(() => {
  serve(handle);
  startLogAlarms();
  void resumeTeam();
  watchSettings(() => void applyRetention());
  browser.alarms.onAlarm.addListener((alarm) => void remind(alarm.name));
  // A new user is walked through the few choices that matter.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.notifications.onClicked.addListener((id) => void openDraftChat(id));
});
