import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// What the Firefox build is made of (firefox.test.ts runs it): team sync must be hosted in its
// (persistent) background page, which has WebRTC, instead of Chrome's offscreen document.
const BUILD = join(ROOT, '.output/firefox-mv2');
const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
const background = readFileSync(join(BUILD, 'background.js'), 'utf8');

describe('the Firefox build', () => {
  it('has a persistent background page and asks for no offscreen document', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.persistent).not.toBe(false);
    expect(manifest.permissions).not.toContain('offscreen');
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('runs the team host, with y-webrtc and the chunked channel, in the background page', () => {
    expect(background).toContain('chat-steward-team-'); // TeamHost's IndexedDB name
    expect(background).toContain('signalingConns'); // y-webrtc
    expect(background).toContain('__stewardChunked'); // chunked-peer.ts
    expect(background).not.toContain('WEB_RTC'); // the offscreen document's reason
  });
});
