// The API's version, from its package.json.
export const APP_VERSION: string = (require('../package.json') as { version: string }).version;
