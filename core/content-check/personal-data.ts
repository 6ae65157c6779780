import { findNumbers } from 'libphonenumber-js/max';
import { checkINN, checkSnilsOnlyChecksum } from 'ru-validation-codes';
import { matchAll, type Hit } from './hits';

/** Digits only, to compare a found number with the school's own. */
const digitsOf = (text: string) => text.replace(/\D/g, '');
/** A Russian number as its ten national digits, however it was written (+7, 8, brackets, dashes). */
const national = (digits: string) => (digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits);

/** Stretches that could hold a phone number (ten digits or more, with the separators people use, split ones too): libphonenumber reads only these. */
const PHONE_LIKE = /\+?\d[\d\s().\-/_–—]{8,}\d/g;
/** Numbers people write after these words are codes, orders and tickets, not phones. */
const CODE_WORD = /(?:код|заказ|билет|трек|счёт|счет|договор|квитанци|лицев|ид|id|артикул|пин|pin|конференци|встреч)\p{L}*(?:\s+\p{L}+)?[^\p{L}\d]{0,12}$/iu;

/** Phone numbers valid for Russia by libphonenumber's metadata; the school's own numbers are allowed. */
export function findPhones(text: string, allowed: string[]): Hit[] {
  const own = new Set(allowed.map((p) => national(digitsOf(p))));
  const hits: Hit[] = [];
  for (const stretch of text.matchAll(PHONE_LIKE)) {
    if (digitsOf(stretch[0]).length < 10 || CODE_WORD.test(text.slice(Math.max(0, stretch.index! - 30), stretch.index!))) continue;
    // libphonenumber reads dots, dashes and spaces between groups; slashes and underscores are read as spaces.
    for (const found of findNumbers(stretch[0].replace(/[/_–—]/g, ' '), { defaultCountry: 'RU', v2: true })) {
      if (found.number.country !== 'RU' || own.has(found.number.nationalNumber)) continue;
      hits.push({ category: 'phone', start: stretch.index! + found.startsAt, end: stretch.index! + found.endsAt });
    }
  }
  return hits;
}

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
export function findEmails(text: string, allowed: string[]): Hit[] {
  if (!text.includes('@')) return [];
  const own = new Set(allowed.map((e) => e.trim().toLowerCase()));
  return matchAll(text, EMAIL, 'email', (m) => !own.has(m[0].toLowerCase()));
}

/** СНИЛС: 123-456-789 01 (or the same digits with spaces or none), with its checksum. */
const SNILS = /(?<!\d)\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}(?!\d)/g;
export const findSnils = (text: string): Hit[] => matchAll(text, SNILS, 'snils', (m) => checkSnilsOnlyChecksum(m[0]) && !/^(\d)\1+$/.test(digitsOf(m[0])));

/** ИНН of a person (12 digits) or an organisation (10), with its checksum; not a phone number. */
const INN = /(?<![\d+])(?:\d{12}|\d{10})(?!\d)/g;
export const findInn = (text: string): Hit[] => matchAll(text, INN, 'inn', (m) => checkINN(m[0]) && !/^(\d)\1+$/.test(m[0]));

/** A passport's series and number where the message says it is one ("паспорт 45 06 123456", "серия 4506 № 123456"). */
const PASSPORT = /(?:паспорт\p{L}*|серия)[^\d\n]{0,20}\d{2}\s?\d{2}[^\d\n]{0,8}\d{6}(?!\d)/giu;
export const findPassports = (text: string): Hit[] => matchAll(text, PASSPORT, 'passport');

/** A birth certificate number: Roman numerals, two Cyrillic letters, six digits (IV-АБ № 123456). */
const BIRTH_CERTIFICATE = /(?<![\p{L}])[IVXLCМ]{1,4}\s?-\s?[А-ЯЁ]{2}\s*№?\s*\d{6}(?!\d)/gu;
export const findBirthCertificates = (text: string): Hit[] => matchAll(text, BIRTH_CERTIFICATE, 'birth-certificate');

const NAME = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
const PATRONYMIC = '[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|ич)';
const DATE = '(?:0?[1-9]|[12]\\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19[4-9]\\d|20[0-2]\\d)';
/** A full name (surname, name, patronymic, or initials) next to a date of birth, in either order. */
const NAME_AND_BIRTH = new RegExp(
  `(?:${NAME}\\s+(?:${NAME}\\s+${PATRONYMIC}|[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.)|${NAME}\\s+${PATRONYMIC}\\s+${NAME})[,\\s]*(?:\\(|—|-|,)?\\s*(?:дата рождения:?|д\\.р\\.|родил\\p{L}*|г\\.?\\s?р\\.?)?\\s*${DATE}(?:\\s*г\\.?(?:\\s?р\\.?)?)?|(?:${DATE})\\s*(?:г\\.?\\s?р\\.?)?[,\\s—-]*${NAME}\\s+(?:${NAME}\\s+${PATRONYMIC}|[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.)`,
  'gu',
);
export const findNameAndBirthDate = (text: string): Hit[] => matchAll(text, NAME_AND_BIRTH, 'name-and-birth-date');

/** A street and a house number (ул. Ленина, д. 5, кв. 12): someone's address, not "кабинет 21". */
const ADDRESS = /(?<![\p{L}])(?:ул\.|улиц\p{L}+|пр\.|пр-т|просп\.|проспект\p{L}*|пер\.|переул\p{L}+|б-р|бульвар\p{L}*|ш\.|шоссе|наб\.|набережн\p{L}+|мкр\.?|микрорайон\p{L}*)\s*[А-ЯЁ0-9][\p{L}0-9 -]{1,40}?,?\s*(?:д\.|дом)\s*\d+[а-я]?(?:[,\s]*(?:корп\.|к\.|стр\.)\s*\d+)?(?:[,\s]*(?:кв\.|квартира)\s*\d+)?/giu;
/**
 * An address written without "улица" and "дом": a street's name and house-flat numbers ("Ленина 5-12",
 * "на Садовой, 14/3"). The name must read as a street (after "живу на", "адрес", or with a street
 * name's ending); words that head school numbers ("Контрольная 3-4", "Задание 5-6") are not streets.
 */
const BARE_ADDRESS = /(?<![\p{L}\d.№-])(адрес\p{L}*:?\s*|(?:живу|живём|живем|живёт|живет|проживает|проживаем|проживаю)\s+на\s+|на\s+)?([А-ЯЁ][а-яё]{2,}(?:[ -][А-ЯЁ][а-яё]{2,})?),?\s(\d{1,3}[а-я]?)\s?[-/]\s?(\d{1,4})(?![\d.:,]\d)/gu;
const STREET_ENDING = /(?:ина|ына|ова|ева|ёва|ена|ана|кса|ого|его|ская|ской|ную|ной|ная|ая|ой|ей|ского|цкого|ых|их)$|^(?:Мира|Победы|Труда|Свободы|Строителей|Космонавтов|Мая|Октября)$/u;
const NOT_STREET = /^(?:Контрольн|Самостоятельн|Лабораторн|Практическ|Проверочн|Домашн|Классн|Итогов|Годов|Четвертн|Олимпиадн|Дополнительн|Основн|Перв|Втор|Треть|Четвёрт|Пят|Следующ|Последн|Нов|Стар|Больш|Мал|Текущ|Ближайш|Учебн|Родительск|Рабоч|Письменн|Устн|Входн|Выходн)/u;
export function findAddresses(text: string, allowed: string[]): Hit[] {
  const own = allowed.map((a) => a.toLowerCase().replace(/\s+/g, ' '));
  const notOwn = (m: RegExpExecArray) => !own.some((a) => m[0].toLowerCase().replace(/\s+/g, ' ').includes(a));
  const bare = matchAll(text, BARE_ADDRESS, 'address', (m) => notOwn(m) && !NOT_STREET.test(m[2]) && (!!m[1] || STREET_ENDING.test(m[2].split(/[ -]/).at(-1)!)));
  return [...matchAll(text, ADDRESS, 'address', notOwn), ...bare];
}
