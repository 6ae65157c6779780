// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NotesSection } from '@/components/NotesSection';
import type { ModerationAction } from '@/core/moderation/actions';
import { recentNotes } from '@/core/moderation/participants';

const chat = { site: 'max' as const, id: '-70000000001', title: '7Б — родители' };
const NOW = Date.parse('2026-11-23T10:00:00Z');
const allowed = { verdict: 'allowed' as const, clause: null, message: 'Заметка.', document: '004.txt' };

describe('NotesSection', () => {
  it('saves the trimmed note with Ctrl+Enter and clears the field', async () => {
    const onRecord = vi.fn().mockResolvedValue(allowed);
    render(<NotesSection chat={chat} notes={[]} onRecord={onRecord} />);
    const field = screen.getByLabelText(/Заметка о чате/) as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: '  Родители просили писать до 20:00  ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onRecord).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('note-result').textContent).toBe('Записано. Заметка.'));
    expect(onRecord).toHaveBeenCalledWith({ kind: 'note', chat, clauses: [], text: 'Родители просили писать до 20:00' });
    expect(field.value).toBe('');
  });

  it('asks for text instead of saving an empty note, and keeps the text when saving fails', async () => {
    const onRecord = vi.fn().mockResolvedValue('нет связи с расширением');
    render(<NotesSection chat={chat} notes={[]} onRecord={onRecord} />);
    fireEvent.click(screen.getByText('Записать заметку'));
    expect(screen.getByRole('alert').textContent).toBe('Напишите текст заметки.');
    expect(onRecord).not.toHaveBeenCalled();
    const field = screen.getByLabelText(/Заметка о чате/) as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Важное' } });
    fireEvent.click(screen.getByText('Записать заметку'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Не записано: нет связи с расширением'));
    expect(field.value).toBe('Важное');
  });

  it('lists the chat’s latest notes, newest first, with who wrote them', () => {
    const note = (id: string, minutes: number, actor: string, text: string) =>
      ({ id, time: NOW - minutes * 60_000, actor, chat, clauses: [], kind: 'note', text }) as ModerationAction;
    const violation = { id: '09', time: NOW, actor: 'Иванова', chat, clauses: [], kind: 'violation', subject: { id: 'x', name: 'X' }, reason: 'спам' } as ModerationAction;
    const notes = recentNotes([note('01', 30, 'Иванова', 'первая'), violation, note('02', 10, 'Петрова', 'вторая'), note('03', 20, 'Иванова', 'третья')], 2);
    expect(notes.map((n) => n.text)).toEqual(['вторая', 'третья']);
    render(<NotesSection chat={chat} notes={notes} onRecord={vi.fn()} />);
    const items = screen.getByTestId('notes').querySelectorAll('li');
    expect(items[0].textContent).toMatch(/^вторая — Петрова, /);
    expect(items).toHaveLength(2);
  });
});
