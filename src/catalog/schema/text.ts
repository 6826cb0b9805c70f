import { z } from 'zod';
import { LIMITS } from '../limits.ts';

// C0/C1 control characters other than tab, newline and carriage return never belong in
// catalog text: they corrupt terminals, logs and XML outputs.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Bidirectional overrides and invisible characters let a name look like another
// ("Trojan Source"); in a name that a policy targets, that is a spoofing risk.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const noControl = (s: string) => !CONTROL.test(s);

/** Free text such as a description: any printable text up to `max` characters. */
export const text = (max: number = LIMITS.descriptionChars) =>
  z
    .string()
    .max(max, { message: `longer than ${max.toLocaleString('en-US')} characters (the limit)` })
    .refine(noControl, { message: 'contains a control character (NUL, escape, …)' });

/** A one-line identifier-like value: a name or title that people and policies match on. */
export const line = (max: number = LIMITS.lineChars) =>
  text(max)
    .min(1, { message: 'must not be empty' })
    .refine((s) => !/[\r\n\t]/.test(s), { message: 'must be one line' })
    .refine((s) => !INVISIBLE.test(s), { message: 'contains an invisible or bidirectional-override character' })
    .refine((s) => s.trim() === s, { message: 'has leading or trailing spaces' });

/** An http(s) link; other schemes (javascript:, data:, file:) are rejected. */
export const httpLink = () => z.httpUrl({ message: 'must be an http:// or https:// URL' }).max(2000);

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = () => z.iso.date({ message: 'must be a date written as YYYY-MM-DD' });
