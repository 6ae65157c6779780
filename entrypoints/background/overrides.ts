import { ulid } from 'ulid';
import type { ChatRef } from '@/core/chat';
import { loadOverrides, saveOverrides } from '../shared/storage';

/** Records an emergency message sent during quiet hours, with its reason. */
export async function recordOverride({ chat, reason, at, timeZone }: { chat: ChatRef; reason: string; at: number; timeZone: string }): Promise<string> {
  const id = ulid(at);
  await saveOverrides([...(await loadOverrides()), { id, chat, reason, at, timeZone }]);
  return id;
}
