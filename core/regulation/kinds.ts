/** Roles the regulations name; a regulation names only some of them, in its own words. */
export const ROLE_IDS = [
  'director',
  'administration',
  'platform-admin',
  'chat-admin',
  'chat-moderator',
  'class-teacher',
  'teacher',
  'student',
  'parent',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** Kinds of chat a user can tag a chat with; duties name the kinds they concern. */
export const CHAT_KINDS = [
  'class-students',
  'class-parents',
  'class-teachers',
  'subject',
  'group',
  'staff',
  'management',
  'official-channel',
  'other',
] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

/** The chat-kind tags with one chat's tag set (or removed, for null). */
export function withChatKind(kinds: Record<string, ChatKind>, key: string, kind: ChatKind | null): Record<string, ChatKind> {
  const { [key]: _old, ...rest } = kinds;
  return kind ? { ...rest, [key]: kind } : rest;
}
