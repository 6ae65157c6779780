// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '@/components/Panel';
import { defaultSettings } from '@/core/settings';

const NIGHT = Date.parse('2026-11-23T23:14:00+03:00');
const DAY = Date.parse('2026-11-23T13:14:00+03:00');
const chat = { site: 'max' as const, id: '-70000000001', title: '7Б — родители' };

function setup(patch: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    collapsed: false,
    onToggle: vi.fn(),
    chat,
    composerFound: true,
    settings: defaultSettings('Europe/Moscow'),
    now: DAY,
    notice: null,
    onDismissNotice: vi.fn(),
    waitingDraft: null,
    onInsertDraft: vi.fn(),
    onOpenOptions: vi.fn(),
    ...patch,
  };
  render(<Panel {...props} />);
  return props;
}

describe('Panel', () => {
  it('names the chat and says writing is allowed in the daytime', () => {
    setup();
    expect(screen.getByTestId('chat').textContent).toBe('Чат: 7Б — родители');
    expect(screen.getByTestId('quiet-status').textContent).toBe('Сейчас можно писать. Тихие часы: 22:00–06:00 (Москва, UTC+3).');
  });

  it('names a chat whose title the page does not show by its id, and says so', () => {
    setup({ chat: { ...chat, title: '' } });
    expect(screen.getByTestId('chat').textContent).toBe('Чат -70000000001 (название чата на странице не найдено)');
  });

  it('says until when it is quiet at night', () => {
    setup({ now: NIGHT });
    expect(screen.getByTestId('quiet-status').textContent).toBe('Сейчас тихие часы, писать можно с 06:00 (Москва, UTC+3).');
  });

  it('says so when the composer is not found', () => {
    setup({ composerFound: false });
    expect(screen.getByRole('alert').textContent).toContain('Поле ввода сообщения не найдено');
  });

  it('asks to open a chat outside one', () => {
    setup({ chat: null });
    expect(screen.getByText('Откройте чат, чтобы увидеть подсказки для него.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('collapses to one labelled button and opens again', () => {
    const props = setup({ collapsed: true });
    const open = screen.getByRole('button', { name: 'Открыть панель помощника модератора' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(props.onToggle).toHaveBeenCalled();
  });

  it('offers a waiting draft', () => {
    const props = setup({
      waitingDraft: { id: '1', chat, url: 'https://web.max.ru/-70000000001', text: 'Завтра контрольная', savedAt: 0, remindAt: 0, due: true },
    });
    expect(screen.getByTestId('waiting-draft').textContent).toContain('Завтра контрольная');
    fireEvent.click(screen.getByText('Вставить в поле ввода'));
    expect(props.onInsertDraft).toHaveBeenCalled();
  });
});
