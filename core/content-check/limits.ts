/** Longer than any chat message: text beyond it is not checked (nor sent to be checked). */
export const MAX_CHECKED = 20_000;
