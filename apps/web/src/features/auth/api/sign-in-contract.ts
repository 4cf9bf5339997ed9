// The sign-in form's schema, apart: loaded by features/auth/api/sign-in.ts once the page is on the
// screen, so that the app's first script carries no zod (docs/decisions/0025-web-serving.md).
export { ZSignInRequest } from '@gcm/domain';
