import { z } from 'zod/mini';

/** Why a message had to go out during quiet hours; the regulation allows only emergencies. */
export const overrideReasonSchema = z
  .string()
  .check(z.trim(), z.minLength(3, 'Укажите причину: хотя бы три символа'), z.maxLength(500, 'Причина длиннее 500 символов'));
