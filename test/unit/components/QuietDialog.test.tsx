// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { QuietDialog } from '@/components/QuietDialog';
import { defaultSettings } from '@/core/settings';
import { readRequest } from '@/core/messages';
import { errorText } from '@/components/error-text';

const policy = defaultSettings('Asia/Omsk').quiet;
const NIGHT = Date.parse('2026-11-23T23:14:00+06:00');

function setup() {
  // The reason is checked where the request is served, as the background does.
  const chat = { site: 'max', id: '1', title: 'Чат' };
  const onEmergency = vi.fn(async (reason: string) => {
    const read = readRequest({ type: 'override/record', chat, reason, at: NIGHT, timeZone: 'Asia/Omsk' }, 'ru');
    return 'error' in read ? errorText(read.error) : null;
  });
  const props = { onCancel: vi.fn(), onRemind: vi.fn(), onEmergency };
  render(<QuietDialog now={NIGHT} policy={policy} {...props} />);
  return props;
}

describe('QuietDialog', () => {
  it('shows the school time, the zone and the clause it comes from', () => {
    setup();
    expect(screen.getByTestId('local-time').textContent).toBe('В школе сейчас 23:14 (Омск, UTC+6).');
    expect(screen.getByTestId('rule').textContent).toContain('п. 3.3 положения 000_953641881fc2da40.txt');
    expect(screen.getByTestId('rule').textContent).toContain('за исключением экстренных случаев');
  });

  it('offers a reminder at the next allowed time', () => {
    const props = setup();
    fireEvent.click(screen.getByText('Напомнить в 06:00'));
    expect(props.onRemind).toHaveBeenCalledWith(Date.parse('2026-11-24T06:00:00+06:00'));
  });

  it('cancels on the button and when the dialog is closed by Esc', () => {
    const props = setup();
    fireEvent.click(screen.getByText('Отмена'));
    fireEvent(document.querySelector('dialog')!, new Event('close'));
    expect(props.onCancel).toHaveBeenCalledTimes(2);
  });

  it('says in Russian why a reason is refused, and clears it once one is accepted', async () => {
    const props = setup();
    fireEvent.click(screen.getByText('Экстренно — отправить сейчас'));
    fireEvent.input(screen.getByLabelText(/Причина/), { target: { value: ' ! ' } });
    fireEvent.click(screen.getByText('Отправить'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Укажите причину: хотя бы три символа'));
    expect(screen.getByLabelText(/Причина/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(screen.getByLabelText(/Причина/), { target: { value: '  Эвакуация  ' } });
    fireEvent.click(screen.getByText('Отправить'));
    await waitFor(() => expect(props.onEmergency).toHaveBeenLastCalledWith('  Эвакуация  '));
    expect(await props.onEmergency.mock.results.at(-1)!.value).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes back from the reason to the three choices', () => {
    setup();
    fireEvent.click(screen.getByText('Экстренно — отправить сейчас'));
    fireEvent.click(screen.getByText('Назад'));
    expect(screen.getByText('Отмена')).toBeTruthy();
  });
});
