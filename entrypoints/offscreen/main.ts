// Chrome's offscreen document (reason WEB_RTC): the service worker has no WebRTC, so the team's
// Y.Doc and its WebRTC provider live here and answer the background's requests.
import { browser } from 'wxt/browser';
import { ask } from '../shared/messaging';
import { hostService } from '../shared/team-host-service';
import { HOST_TARGET, hostRequestSchema } from '../shared/team-protocol';

// Offscreen documents have no storage API: the background records the change for open panels.
const handleHostRequest = hostService({
  onChange: () => void ask({ type: 'team/changed' }),
  onConfig: (config) => void ask({ type: 'team/config', config }),
  onProgress: (done, total) => void ask({ type: 'team/progress', done, total }),
});

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if ((message as { target?: string } | null)?.target !== HOST_TARGET) return false;
  const parsed = hostRequestSchema.safeParse((message as { request: unknown }).request);
  if (!parsed.success) {
    sendResponse({ ok: false, error: 'bad-request' });
    return false;
  }
  handleHostRequest(parsed.data).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
  return true;
});
