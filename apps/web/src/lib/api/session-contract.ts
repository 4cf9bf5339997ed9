// The signed-in person's schema, apart: loaded when the session is fetched or changed
// (lib/api/get-session.ts), so that the app's first script — the shell and the sign-in page —
// carries no zod (docs/decisions/0025-web-serving.md).
export { ZCurrentPerson } from '@gcm/domain';
