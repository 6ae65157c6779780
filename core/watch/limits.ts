/** A participant's message is checked up to this many characters (the tab cuts the rest before sending it). */
export const MAX_WATCHED_TEXT = 4000;
/** Messages sent to the background in one request: a chat of thousands goes in several. */
export const MAX_WATCH_BATCH = 200;
