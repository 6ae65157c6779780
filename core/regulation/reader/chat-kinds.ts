import type { ChatKind } from '../kinds';

/** How documents name each kind of chat. */
const KIND_WORDS: [ChatKind, RegExp][] = [
  ['class-parents', /родительск\p{L}* чат|чат\p{L}* (?:\p{L}+ ){0,4}с родителями|чат родителей/iu],
  ['class-students', /классн\p{L}* чат|чат\p{L}* класса|чат\p{L}* (?:\p{L}+ ){0,3}с (?:обучающимися|учащимися|учениками) (?:своего |его )?(?:класса|учебной группы)|чат с обучающимися своей/iu],
  ['class-teachers', /чат\p{L}* с педагогическими работниками,? ведущими|чат\p{L}* учителей,? работающих в классе/iu],
  ['subject', /по учебному предмету|по (?:учебным )?дисциплин|предметн\p{L}* чат|учебн\p{L}* чат|чат\p{L}* по предмет/iu],
  ['staff', /учительск\p{L}*|чат\p{L}* учителей|педагогическ\p{L}* чат|класс «преподаватели»|чат\p{L}* педагогов/iu],
  ['management', /управленческ\p{L}* задач|с заместителями|чат\p{L}* администрации/iu],
  ['official-channel', /системн\p{L}* канал|общешкольн\p{L}* канал|официальн\p{L}* канал/iu],
  ['group', /групповой чат|группового чата|групповом чате/iu],
  ['other', /произвольн\p{L}* чат|внеучебн\p{L}*/iu],
];

/** The kinds of chat a sentence is about. */
export function chatKindsIn(text: string): ChatKind[] {
  return KIND_WORDS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}
