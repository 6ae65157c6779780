import { describe, expect, it } from 'vitest';
import { mayAsk, REQUEST_SIDES, sideOf } from '@/core/request-sides';

const extension = { id: 'abcdef', root: 'chrome-extension://abcdef/' };

describe('where a request may come from', () => {
  it('tells a messenger tab, an extension page and the sync host apart by the sender the browser reports', () => {
    expect(sideOf({ id: 'abcdef', url: 'https://web.max.ru/-7000', tab: {} }, extension)).toBe('tab');
    expect(sideOf({ id: 'abcdef', url: 'chrome-extension://abcdef/options.html', tab: {} }, extension)).toBe('page');
    expect(sideOf({ id: 'abcdef', url: 'chrome-extension://abcdef/offscreen.html' }, extension)).toBe('host');
    // Another extension, a sender with no address, or a frame that is neither tab nor page.
    expect(sideOf({ id: 'other', url: 'chrome-extension://other/options.html' }, extension)).toBeNull();
    expect(sideOf({ id: 'abcdef' }, extension)).toBeNull();
    expect(sideOf({ id: 'abcdef', url: 'https://web.max.ru/' }, extension)).toBeNull();
    // A look-alike address is not the extension's.
    expect(sideOf({ id: 'abcdef', url: 'https://chrome-extension.abcdef.example/options.html', tab: {} }, extension)).toBe('tab');
  });

  it('lets a tab ask only what a tab needs; roster decisions, erase and team changes come from pages; the host’s notices only from the host', () => {
    const fromTab = Object.keys(REQUEST_SIDES).filter((type) => mayAsk('tab', type as keyof typeof REQUEST_SIDES)).sort();
    expect(fromTab).toEqual([
      'action/record', 'chat/participants', 'chat/tag', 'content/check', 'content/override', 'draft/restored', 'draft/save',
      'log/open', 'options/open', 'override/record', 'site/learn', 'site/share', 'tab/collapse', 'tab/state', 'watch/allow', 'watch/check',
    ]);
    for (const type of ['team/decide', 'team/create', 'team/join', 'team/prepare', 'team/leave', 'team/export', 'team/import', 'team/retention', 'team/regulation', 'log/erase'] as const) {
      expect(mayAsk('tab', type)).toBe(false);
      expect(mayAsk('page', type)).toBe(true);
    }
    expect(mayAsk('page', 'team/changed')).toBe(false);
    expect(mayAsk('tab', 'team/config')).toBe(false);
    expect(mayAsk('host', 'team/config')).toBe(true);
  });
});
