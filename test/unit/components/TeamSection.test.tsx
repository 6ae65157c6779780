// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { TeamSection } from '@/components/TeamSection';
import { teamStatusSchema } from '@/core/team/config';

const status = (newer: number, peerVersions = { older: 0, newer: 0 }) =>
  teamStatusSchema.parse({
    team: '7Б',
    code: 'код',
    inviteExpires: Date.parse('2026-12-31T00:00:00Z'),
    me: { id: 'm'.repeat(22), fingerprint: 'ab12', standing: 'member' },
    members: [],
    removed: [],
    requests: [],
    invites: [],
    online: true,
    peers: 1,
    signalingConnected: true,
    lastSync: null,
    records: 22_000,
    waiting: 0,
    newer,
    peerVersions,
    refused: 0,
    refusedFrom: [],
    undone: 0,
    undoneBy: [],
    lastUndone: null,
    retention: null,
    regulation: null,
  });

const handlers = { onCreate: vi.fn(), onJoin: vi.fn(), onDecide: vi.fn(), onLeave: vi.fn(), onOnline: vi.fn(), onExport: vi.fn(), onImport: vi.fn() };

it('asks to update the extension while records in a newer form are held, and says nothing of it otherwise', () => {
  const { unmount } = render(<TeamSection status={status(3)} {...handlers} />);
  expect(screen.getByTestId('team-newer').textContent).toBe('Записей в более новом формате, чем читает ваша версия расширения: 3. Обновите расширение — после обновления они появятся сами.');
  expect(screen.getByTestId('team-newer').getAttribute('role')).toBe('alert');
  unmount();
  render(<TeamSection status={status(0)} {...handlers} />);
  expect(screen.queryByTestId('team-newer')).toBeNull();
});

it('asks members online with an older version to update, and this member when theirs is newer', () => {
  render(<TeamSection status={status(0, { older: 2, newer: 1 })} {...handlers} />);
  expect(screen.getByTestId('team-older-peers').textContent).toBe('На связи участники со старой версией расширения: 2. Записи этой версии они не примут — попросите их обновить расширение.');
  expect(screen.getByTestId('team-newer-peers').textContent).toBe('У участников на связи более новая версия расширения: 1. Обновите своё расширение, чтобы читать всё, что они записывают.');
});

it('draws the invite’s QR code only when it is asked for', async () => {
  render(<TeamSection status={status(0)} {...handlers} />);
  expect(screen.queryByTestId('team-qr')).toBeNull();
  const summary = screen.getByText('QR-код приглашения — для телефона');
  expect(summary.tagName).toBe('SUMMARY');
  const details = summary.closest('details')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  const qr = await screen.findByTestId('team-qr');
  expect(qr.querySelector('svg')).not.toBeNull();
  expect(qr.getAttribute('aria-label')).toBe('Код приглашения');
});
