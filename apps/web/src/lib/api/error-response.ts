// The contract's error body, apart: lib/api-client.ts loads it with the first failure, so that
// the app's first script carries no zod (docs/decisions/0025-web-serving.md).
export { ZErrorResponse } from '@gcm/domain';
