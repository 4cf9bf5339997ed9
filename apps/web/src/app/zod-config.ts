import { z } from 'zod';

/**
 * The API serves this app with a Content-Security-Policy without 'unsafe-eval'. Zod would probe
 * for `new Function` to compile faster parsers, and every probe is a reported CSP violation: use
 * its plain parsers instead. Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true });
