// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ModerationSection, PARTICIPANTS_SHOWN } from '@/components/ModerationSection';
import type { ParticipantSummary } from '@/core/moderation/participants';

const chat = { site: 'max' as const, id: '-70000000001', title: '7Б — родители' };
/** What a flood from one peer leaves in a chat: two thousand people. */
const crowd: ParticipantSummary[] = Array.from({ length: 2003 }, (_, i) => ({
  subject: { id: `p${i}`, name: `Участник ${i}` },
  strikes: i % 5,
  blockedUntil: null,
  lastAuthor: 'Петрова',
  objectors: [],
}));

const renderSection = () => render(<ModerationSection chat={chat} participants={crowd} violationsBeforeBlock={3} onRecord={vi.fn()} onOpenLog={vi.fn()} />);

describe('ModerationSection with a crowded chat', () => {
  it('lists only the most recent participants and says how many there are', () => {
    renderSection();
    expect(screen.getByTestId('participants').querySelectorAll('li')).toHaveLength(PARTICIPANTS_SHOWN);
    expect(document.querySelectorAll('datalist option')).toHaveLength(PARTICIPANTS_SHOWN);
    expect(screen.getByTestId('participants-more').textContent).toBe(`Показаны ${PARTICIPANTS_SHOWN} из 2003: начните вводить имя, чтобы найти остальных, или откройте журнал.`);
  });

  it('finds anyone by typing, with their strikes', () => {
    renderSection();
    fireEvent.input(screen.getByLabelText('Участник'), { target: { value: 'участник 1999' } });
    const items = [...screen.getByTestId('participants').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('Участник 1999');
    expect(screen.getByTestId('strikes').textContent).toContain('Нарушений: 4');
  });
});
