/** Russia's IANA zones, west to east, with the city a school would recognise. */
export const RUSSIAN_TIME_ZONES: ReadonlyArray<{ zone: string; city: string }> = [
  { zone: 'Europe/Kaliningrad', city: 'Калининград' },
  { zone: 'Europe/Moscow', city: 'Москва' },
  { zone: 'Europe/Simferopol', city: 'Симферополь' },
  { zone: 'Europe/Volgograd', city: 'Волгоград' },
  { zone: 'Europe/Kirov', city: 'Киров' },
  { zone: 'Europe/Samara', city: 'Самара' },
  { zone: 'Europe/Astrakhan', city: 'Астрахань' },
  { zone: 'Europe/Saratov', city: 'Саратов' },
  { zone: 'Europe/Ulyanovsk', city: 'Ульяновск' },
  { zone: 'Asia/Yekaterinburg', city: 'Екатеринбург' },
  { zone: 'Asia/Omsk', city: 'Омск' },
  { zone: 'Asia/Novosibirsk', city: 'Новосибирск' },
  { zone: 'Asia/Barnaul', city: 'Барнаул' },
  { zone: 'Asia/Tomsk', city: 'Томск' },
  { zone: 'Asia/Novokuznetsk', city: 'Новокузнецк' },
  { zone: 'Asia/Krasnoyarsk', city: 'Красноярск' },
  { zone: 'Asia/Irkutsk', city: 'Иркутск' },
  { zone: 'Asia/Chita', city: 'Чита' },
  { zone: 'Asia/Yakutsk', city: 'Якутск' },
  { zone: 'Asia/Vladivostok', city: 'Владивосток' },
  { zone: 'Asia/Sakhalin', city: 'Южно-Сахалинск' },
  { zone: 'Asia/Magadan', city: 'Магадан' },
  { zone: 'Asia/Srednekolymsk', city: 'Среднеколымск' },
  { zone: 'Asia/Kamchatka', city: 'Петропавловск-Камчатский' },
  { zone: 'Asia/Anadyr', city: 'Анадырь' },
];

/** "UTC+3" for the zone's offset at `instant`. */
export function utcOffsetLabel(zone: string, instant: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return (part?.value ?? 'GMT').replace('GMT', 'UTC');
}

/** The zone this browser runs in: the sensible default for a school's zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Moscow';
}

/** "Омск, UTC+6": how the UI names a zone. */
export function zoneLabel(zone: string, instant: number): string {
  const city = RUSSIAN_TIME_ZONES.find((z) => z.zone === zone)?.city ?? zone;
  return `${city}, ${utcOffsetLabel(zone, instant)}`;
}
