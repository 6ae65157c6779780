/** A chat's key in the store and the team's doc: chats are per messenger. */
export const chatKey = (chat: { site: string; id: string }) => `${chat.site}:${chat.id}`;
