import { z } from 'zod/mini';

const name = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** A chat participant as the moderator names them; the id is the messenger's, or the name when unknown. */
export const subjectSchema = z.object({ id: name(), name: name() });
export type Subject = z.infer<typeof subjectSchema>;
