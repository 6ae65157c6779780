// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SendDialog } from '@/components/SendDialog';
import { defaultSettings } from '@/core/settings';
import { readRequest } from '@/core/messages';
import { errorText } from '@/components/error-text';
import { checkMessage } from '@/core/content-check/check';
import { DEFAULT_CONTENT_RULES } from '@/core/content-check/rules';

const policy = defaultSettings('Asia/Omsk').quiet;
const NIGHT = Date.parse('2026-11-23T23:14:00+06:00');

function setup() {
  // The reason is checked where the request is served, as the background does.
  const chat = { site: 'max', id: '1', title: 'Чат' };
  const onEmergency = vi.fn(async (reason: string) => {
    const read = readRequest({ type: 'override/record', chat, reason, at: NIGHT, timeZone: 'Asia/Omsk' }, 'ru');
    return 'error' in read ? errorText(read.error) : null;
  });
  const props = { onCancel: vi.fn(), onRemind: vi.fn(), onEmergency, onSendAnyway: vi.fn() };
  render(<SendDialog now={NIGHT} policy={policy} quiet content={null} {...props} />);
  return props;
}

describe('SendDialog at quiet hours', () => {
  it('shows the school time, the zone and the clause it comes from', () => {
    setup();
    expect(screen.getByTestId('local-time').textContent).toBe('В школе сейчас 23:14 (Омск, UTC+6).');
    // No regulation chosen: the model rules, which say they are not the school's.
    expect(screen.getByTestId('rule').textContent).toContain('п. 2.3 — Типовые правила — не положение вашей школы');
    expect(screen.getByTestId('rule').textContent).toContain('кроме экстренных случаев');
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

describe('SendDialog with findings of the content check', () => {
  const text = 'Телефон мамы Пети: 8 912 345-67-89, звоните';
  const rules = DEFAULT_CONTENT_RULES;
  const content = { text, hits: checkMessage(text, rules), language: rules.language, personalData: rules.personalData };
  const props = () => ({ onCancel: vi.fn(), onRemind: vi.fn(), onEmergency: vi.fn(async () => null), onSendAnyway: vi.fn() });

  it('marks what was found in the text, names the clause it breaks, and offers to edit or send anyway (by day)', () => {
    const p = props();
    render(<SendDialog now={NIGHT} policy={policy} quiet={false} content={content} {...p} />);
    expect(screen.getByRole('heading').textContent).toBe('Проверьте сообщение перед отправкой');
    expect([...screen.getByTestId('checked-text').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['8 912 345-67-89']);
    expect(screen.getByTestId('findings').textContent).toContain('номер телефона — п. 2.2 — Типовые правила — не положение вашей школы');
    expect(screen.queryByTestId('quiet-part')).toBeNull();
    fireEvent.click(screen.getByText('Всё равно отправить'));
    expect(p.onSendAnyway).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('Вернуться и исправить'));
    expect(p.onCancel).toHaveBeenCalledTimes(1);
  });

  it("is one dialog at quiet hours with a finding: both parts, and the night's choices only", () => {
    render(<SendDialog now={NIGHT} policy={policy} quiet content={content} {...props()} />);
    expect(screen.getByTestId('quiet-part')).toBeTruthy();
    expect(screen.getByTestId('content-part')).toBeTruthy();
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(screen.queryByText('Всё равно отправить')).toBeNull();
    expect(screen.getByText('Экстренно — отправить сейчас')).toBeTruthy();
  });
});
