import { finalizeEvent, generateSecretKey } from 'nostr-tools/pure';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInvite } from '@/core/team/invite';
import { startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { startNostrRelay, type LoopbackRelay } from './nostr-relay';
import { approve, blockWithDirector, createTeam, joinTeam, moderator, myFingerprint, openChat, options, participantsUntil, rosterText, teamStatus } from './team-helpers';

// Two profiles that share no signaling server: they meet only through a Nostr relay on 127.0.0.1,
// as a team with no server of its own meets through public relays.
let server: FixtureServer;
let relay: LoopbackRelay;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
beforeAll(async () => {
  [server, relay] = await Promise.all([startFixtureServer(), startNostrRelay()]);
  [a, b] = await Promise.all([moderator(server.port, 'Иванова'), moderator(server.port, 'Петрова')]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await relay?.stop();
  await server?.close();
});

/** Someone who knows the topic (the relay does) publishes junk on it: signed, well-formed Nostr, not the team's. */
async function publishJunk(topic: string, count: number): Promise<void> {
  const ws = new WebSocket(relay.url);
  await new Promise((resolve) => ws.once('open', resolve));
  const key = generateSecretKey();
  const contents = ['"not base64 at all"', '{"type":"announce","from":"intruder"}', 'null', '"' + 'A'.repeat(5000) + '"', '[1,2'];
  for (let i = 0; i < count; i++) {
    const event = finalizeEvent({ kind: 25_050, created_at: Math.floor(Date.now() / 1000), tags: [['x', topic]], content: contents[i % contents.length] }, key);
    ws.send(JSON.stringify(['EVENT', event]));
  }
  ws.send('garbage that is not JSON');
  await new Promise((resolve) => setTimeout(resolve, 200));
  ws.close();
}

describe('a team with no server of its own', () => {
  it('refuses a rendezvous address that is not one, saying why', async () => {
    const page = await options(a);
    await page.locator('#team-relays').fill('https://relay.example.org');
    await page.getByRole('button', { name: 'Создать команду' }).click();
    await expect.poll(() => page.getByTestId('team-note').innerText()).toContain('Адрес «https://relay.example.org» не подходит');
    await page.getByText('TURN-сервер школы').click();
    await page.locator('#team-relays').fill(relay.url);
    await page.locator('#team-turn-url').fill('http://turn.example.org');
    await page.getByRole('button', { name: 'Создать команду' }).click();
    await expect.poll(() => page.getByTestId('team-note').innerText()).toContain('начинается с turn: или turns:');
    // Nothing was created.
    expect(await page.getByTestId('team-code').count()).toBe(0);
    await page.close();
  });

  it('meets through a Nostr relay alone, syncs a block, and the relay learns only a derived topic and ciphertext', async () => {
    const optionsA = await options(a);
    const code = await createTeam(optionsA, 'Модераторы 7Б', relay.url, { relays: true });
    const invite = decodeInvite(code)!;
    expect(invite.signaling).toEqual([`nostr+${relay.url}`]);
    await expect.poll(() => optionsA.getByTestId('team-rendezvous').innerText()).toContain('через публичные узлы Nostr (127.0.0.1:');

    await expect.poll(() => relay.events().length, { timeout: 10_000 }).toBeGreaterThan(0);
    const topic = relay.events()[0].tags.find((t) => t[0] === 'x')![1];
    await publishJunk(topic, 50);

    const optionsB = await options(b);
    await joinTeam(optionsB, code);
    await expect.poll(() => teamStatus(optionsB), { timeout: 30_000 }).toContain('На связи: 1');
    await approve(optionsA, 'Петрова', await myFingerprint(optionsB));
    await expect.poll(() => rosterText(optionsB), { timeout: 20_000 }).toContain('Петрова — участник');

    const chatA = await openChat(a);
    await blockWithDirector(chatA.page, chatA.panel, 'Сидоров', 'Оскорбления после напоминаний');
    const chatB = await openChat(b);
    expect(await participantsUntil(chatB.page, chatB.panel, (t) => t.includes('Сидоров'))).toContain('Заблокирован до');

    const seen = JSON.stringify(relay.events());
    for (const secret of [invite.room, invite.secret, invite.teamId, 'Сидоров', 'Иванова', 'Петрова', 'Модераторы']) expect(seen).not.toContain(secret);
    expect(new Set(relay.events().map((e) => e.tags.find((t) => t[0] === 'x')?.[1]))).toEqual(new Set([topic]));
    expect(relay.events().every((e) => e.kind === 25_050)).toBe(true);
  });
});
