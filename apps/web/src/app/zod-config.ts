import { z } from 'zod';

/**
 * The API serves this app with a Content-Security-Policy without 'unsafe-eval'. Zod would probe
 * for `new Function` to compile faster parsers, and every probe is a reported CSP violation: use
 * its plain parsers instead. Bundled in zod's own chunk (vite.config.ts), so it runs as soon as zod
 * is loaded, before any schema parses (main.tsx no longer imports zod: the sign-in page does not
 * carry it). Changing zod's language (lib/i18n/problem-runtime.ts, `z.config(z.locales.fr())`) passes this again.
 */
export const JITLESS = { jitless: true } as const;

z.config(JITLESS);
