// The worker process: `npm start --workspace @gcm/worker` (or `node apps/worker/dist/main.js`).
// It needs DATABASE_URL, SECRET_KEY and SMTP_URL, and REDIS_URL unless the queues run on PostgreSQL.
// NODE_ENV is production unless set: React picks its build when it is first loaded, and its
// development build (checks and warnings on every element) renders e-mails several times slower.
process.env.NODE_ENV ??= 'production';

// The API package is an application, not a typed library, so its entry point is typed here.
// Required only now, after NODE_ENV is settled.
const { runWorkerCli } = require('@gcm/api/worker') as { runWorkerCli(): void };

runWorkerCli();
