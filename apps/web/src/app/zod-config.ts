import { z } from 'zod';

/**
 * The API serves this app with a Content-Security-Policy without 'unsafe-eval'. Zod would probe
 * for `new Function` to compile faster parsers, and every probe is a reported CSP violation: use
 * its plain parsers instead. Imported first by main.tsx, before any schema parses. Changing zod's
 * language (lib/i18n/problem-locale.ts, `z.config(z.locales.fr())`) passes this again.
 */
export const JITLESS = { jitless: true } as const;

z.config(JITLESS);
