import { z } from 'zod';
import { LOCALES } from './locales';

/**
 * A language of the tool in a request or a response. Apart from ./locales.ts, which holds no zod,
 * so that the web app's first script can name and negotiate languages without zod
 * (docs/decisions/0025-web-serving.md).
 */
export const ZLocale = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` });
