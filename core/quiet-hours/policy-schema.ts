import { z } from 'zod/mini';
import { isTimeZone } from './zoned-time';

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ожидается время ЧЧ:ММ'));

/** A quiet window that starts on each of `days` (0 = Sunday) at `start`; it ends the next day when end < start. */
export const quietWindowSchema = z
  .object({
    days: z.array(z.int().check(z.gte(0), z.lte(6))).check(z.minLength(1, 'выберите хотя бы один день')),
    start: hhmm,
    end: hhmm,
  })
  .check(z.refine((w) => w.start !== w.end, { message: 'начало и конец совпадают', path: ['end'] }));

/** Where a rule comes from: a clause of a school's regulation. */
export const citationSchema = z.object({
  document: z.string().check(z.minLength(1)),
  clause: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
});

export const quietPolicySchema = z.object({
  timeZone: z.string().check(z.refine(isTimeZone, 'неизвестный часовой пояс')),
  windows: z.array(quietWindowSchema),
  rule: citationSchema,
});

export type QuietWindow = z.infer<typeof quietWindowSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type QuietPolicy = z.infer<typeof quietPolicySchema>;
