import type { RegulationProfile } from './profile';

const shorten = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:—-]+$/u, '')}…`;
};

/**
 * How every citation names a regulation: its title and school (and town), never a file name —
 * «Порядок взаимодействия и использования ИКОП «Сферум» (БОУ г.Омска … № 13, Омск)». The model
 * rules name themselves as not the school's.
 */
export function documentLabel(p: Pick<RegulationProfile, 'title' | 'school' | 'place' | 'model' | 'document'>): string {
  if (p.model) return p.document;
  const where = [p.school, p.place].filter(Boolean).join(', ');
  return `${shorten(p.title, 80)} (${shorten(where, 90)})`;
}
