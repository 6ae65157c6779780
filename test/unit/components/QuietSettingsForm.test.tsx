// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { QuietSettingsForm } from '@/components/QuietSettingsForm';
import { defaultSettings } from '@/core/settings';

describe('QuietSettingsForm', () => {
  it('saves a changed zone, windows and send key', async () => {
    const onSave = vi.fn(async () => {});
    render(<QuietSettingsForm initial={defaultSettings('Europe/Moscow')} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Часовой пояс школы'), { target: { value: 'Asia/Omsk' } });
    fireEvent.click(screen.getByText('Добавить интервал'));
    fireEvent.click(screen.getByLabelText('Ctrl+Enter (⌘+Enter на Mac)'));
    fireEvent.click(screen.getByText('Сохранить'));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toBe('Настройки сохранены.'));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ sendKey: 'ctrl-enter', quiet: expect.objectContaining({ timeZone: 'Asia/Omsk', windows: expect.any(Array) }) }),
    );
    expect((onSave.mock.calls[0] as unknown[])[0]).toMatchObject({ quiet: { windows: [{}, {}] } });
  });

  it('refuses an invalid window and says which field, storing nothing', async () => {
    const onSave = vi.fn(async () => {});
    render(<QuietSettingsForm initial={defaultSettings('Europe/Moscow')} onSave={onSave} />);
    const [, end] = screen.getAllByDisplayValue(/\d\d:\d\d/);
    fireEvent.input(end, { target: { value: '22:00' } });
    fireEvent.click(screen.getByText('Сохранить'));
    expect(screen.getByRole('alert').textContent).toBe('Не сохранено: quiet.windows.0.end: начало и конец совпадают');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('reports a failed save instead of claiming success', async () => {
    render(<QuietSettingsForm initial={defaultSettings('Europe/Moscow')} onSave={() => Promise.reject(new Error('QUOTA_BYTES'))} />);
    fireEvent.click(screen.getByText('Сохранить'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('нет места'));
  });
});
