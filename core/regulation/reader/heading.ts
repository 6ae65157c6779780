import type { RegulationProfile } from '../profile';

/** Schools', colleges' and kindergartens' (…ДОУ) kinds of institution. */
const ABBR = '(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|ГКОУ|ГАПОУ|ГБПОУ|ГПОУ|ГОУ|БОУ|АОУ|КОУ|ЧОУ|НОУ|АНО|МБОУ ДО|МАУ ДО|ФГБОУ|ОГБОУ|КГБОУ|ОБОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ|ЧДОУ)';
const SCHOOL_PATTERNS = [
  new RegExp(`${ABBR}(?:\\s+[А-Я]{1,4})?(?:\\s+г\\.\\s*\\p{Lu}\\p{L}+)?\\s*[«"][^»"\\n]{3,120}[»"]`, 'u'),
  // «ГБОУ Школа № 2095 «Покровский квартал»», «МБОУ СОШ № 4 г. Орла».
  new RegExp(`${ABBR}\\s+(?:[А-Я]{2,5}|лицей|гимназия|[Шш]кола|[Дд]етский сад)\\s*№\\s*\\d+(?:\\s*[«"][^»"\\n]{3,80}[»"])?(?:\\s+(?:г\\.|города)\\s*\\p{Lu}\\p{L}+)?`, 'u'),
  /(?:Муниципальн|Государственн|Частн|Областн|Краев)\p{L}*\s+(?:\p{L}+\s+){0,4}(?:учреждени|организаци)\p{L}*(?:\s+\p{L}+){0,3}\s*«[^»\n]{3,120}»/u,
  /(?:средн\p{L}+|основн\p{L}+) общеобразовательн\p{L}+ школ\p{L}*\s*№\s*\d+/iu,
  /(?<!\p{L})(?:школ\p{L}*|детск\p{L}+ сад\p{L}*)\s*№\s*\d+/iu,
];
const AUTHORITY = /^(?:управление образования|департамент образования|министерство образования|комитет (?:по )?образовани)[^\n]{0,120}/imu;
const TITLE = /^(?:\S+\s+){0,2}(?:положени|порядо?к|правил|регламент|инструкци)\p{L}*(?:\s|$)/iu;
const STAMP = /^(?:утвержд|принят|согласов|приказ|протокол|подписан|дата|председател|директор|введено|рассмотрен|№)/iu;

const ABBREVIATION = new RegExp(`^(?:${ABBR.slice(3, -1)}|\\p{Lu}{1,4}ОУ|СОШ|ООШ|ОО|ДО|РФ|ИКОП|ЦОС|ФГИС|MAX|МАХ|VK|ВК|[A-Z]+)$`, 'u');

/**
 * «ПОРЯДОК взаимодействия…» → «Порядок взаимодействия…»; a line in capitals → sentence case, keeping
 * abbreviations (МАОУ, MAX) and capitals after «, after «г.» and at the start.
 */
export function sentenceCase(line: string): string {
  const letters = line.replace(/[^\p{L}]/gu, '');
  // Written in capitals means words in capitals, not only abbreviations («ГАПОУ СО «ТИПК»» stays as it is).
  const capitals = letters === letters.toUpperCase() && /\p{Lu}{6,}/u.test(line);
  if (!letters || !capitals) {
    return line.replace(/^(\p{Lu})(\p{Lu}+)(?=\s)/u, (word: string, a: string, b: string) => (ABBREVIATION.test(word) ? word : a + b.toLowerCase()));
  }
  return line
    .split(/(\s+)/)
    .map((word, i, all) => {
      if (ABBREVIATION.test(word.replace(/[^\p{L}]/gu, ''))) return word;
      const lower = word.toLowerCase();
      const before = all.slice(0, i).join('').trimEnd();
      const capital = i === 0 || /^«/.test(word) || /(?:^|\s)г\.$/iu.test(before);
      return capital ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
    })
    .join('');
}

/** The document's title: its first line that names a kind of document, with the lines that continue it. */
export function readTitle(header: string): string | null {
  const lines = header.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l) => TITLE.test(l) && !STAMP.test(l) && !/^(?:[«"]|об\s)/iu.test(l));
  if (at === -1) return null;
  let title = lines[at];
  for (const next of lines.slice(at + 1)) {
    if (STAMP.test(next) || title.length + next.length > 300 || /[.:]$/.test(title)) break;
    title += ` ${next}`;
  }
  return sentenceCase(title.replace(/\s+/g, ' ').replace(/[.:]$/, ''));
}

/** The school as the document names it: in its title first, then its heading, then anywhere. */
export function readSchool(title: string | null, header: string, text: string): string | null {
  for (const source of [title ?? '', header, text.slice(0, 20_000)]) {
    for (const pattern of SCHOOL_PATTERNS) {
      const m = pattern.exec(source);
      if (m) return sentenceCase(m[0].replace(/\s+/g, ' ').replace(/"([^"]+)"/, '«$1»').trim());
    }
  }
  return AUTHORITY.exec(header)?.[0].trim() ?? null;
}

/** The year in the heading: a year on its own («2025 г.»), else the year of a date («Приказ № 45 от 01.09.2025»). */
export function readYear(header: string): number | undefined {
  const m = /(?<![\d.])(20[0-4]\d)(?![\d])/u.exec(header) ?? /(?<!\d)\d{1,2}\.\d{1,2}\.(20[0-4]\d)(?!\d)/u.exec(header);
  return m ? Number(m[1]) : undefined;
}

export function readPlatforms(text: string): RegulationProfile['platforms'] {
  const found: RegulationProfile['platforms'] = [];
  if (/сферум/iu.test(text)) found.push('sferum');
  if (/(?:VK|ВК)[\s-]*мессенджер|учебн\p{L}* профил\p{L}* VK|vk\.com/iu.test(text)) found.push('vk');
  if (/(?<!\p{L})(?:MAX|МАХ|МАКС)(?!\p{L})|web\.max\.ru/u.test(text)) found.push('max');
  // «Моя школа» is named in most regulations' legal basis; a platform the school uses comes up again and again.
  if ((text.match(/моя школа/giu)?.length ?? 0) >= 5) found.push('moya-shkola');
  return found.length ? found : ['max'];
}
