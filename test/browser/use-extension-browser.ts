import { afterAll, beforeAll } from 'vitest';
import { launchExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

/**
 * One fixture server and one Chromium with the built extension for a whole test file: call at the
 * top of the file, read `.server` and `.ext` inside the tests.
 */
export function useExtensionBrowser(): { server: FixtureServer; ext: ExtensionBrowser } {
  const state = {} as { server: FixtureServer; ext: ExtensionBrowser };
  beforeAll(async () => {
    state.server = await startFixtureServer();
    state.ext = await launchExtension(state.server.port);
  });
  afterAll(async () => {
    await state.ext?.close();
    await state.server?.close();
  });
  return state;
}
