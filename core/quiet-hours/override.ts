import { z } from 'zod';

/** Why a message had to go out during quiet hours; the regulation allows only emergencies. */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(3, 'Укажите причину: хотя бы три символа')
  .max(500, 'Причина длиннее 500 символов');
