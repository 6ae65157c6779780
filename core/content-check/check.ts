import { findObscenity } from './obscenity';
import { findAddresses, findBirthCertificates, findEmails, findInn, findNameAndBirthDate, findPassports, findPhones, findSnils } from './personal-data';
import { ordered, type CheckCategory, type Hit } from './hits';
import { MAX_CHECKED } from './limits';

/** What a school lets through: its own numbers, addresses and e-mails, and which checks apply at all. */
export interface CheckOptions {
  categories: readonly CheckCategory[];
  allowedPhones: string[];
  allowedEmails: string[];
  allowedAddresses: string[];
}

const INN_WORD = /инн\P{L}*$/iu;


/**
 * Everything in a message that breaks the rules on personal data and polite language, in text
 * order. Phones are looked for first: a phone number's digits are no SNILS or INN.
 */
export function checkMessage(text: string, options: CheckOptions): Hit[] {
  const body = text.slice(0, MAX_CHECKED);
  const on = new Set(options.categories);
  const hits: Hit[] = [];
  const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;
  // Ten digits after the word "ИНН" are an INN even where they would also dial.
  const named = findInn(body).filter((h) => INN_WORD.test(body.slice(Math.max(0, h.start - 12), h.start)));
  const phones = (on.has('phone') || on.has('inn') || on.has('snils') ? findPhones(body, on.has('phone') ? options.allowedPhones : []) : []).filter((p) => !named.some((n) => overlaps(n, p)));
  if (on.has('phone')) hits.push(...phones);
  const inPhone = (h: Hit) => phones.some((p) => overlaps(h, p));
  if (on.has('snils')) hits.push(...findSnils(body).filter((h) => !inPhone(h)));
  if (on.has('inn')) hits.push(...findInn(body).filter((h) => !inPhone(h)));
  if (on.has('email')) hits.push(...findEmails(body, options.allowedEmails));
  if (on.has('passport')) hits.push(...findPassports(body));
  if (on.has('birth-certificate')) hits.push(...findBirthCertificates(body));
  if (on.has('name-and-birth-date')) hits.push(...findNameAndBirthDate(body));
  if (on.has('address')) hits.push(...findAddresses(body, options.allowedAddresses));
  if (on.has('obscenity')) hits.push(...findObscenity(body));
  return ordered(hits);
}
