// The worker process: `npm start --workspace @gcm/worker` (or `node apps/worker/dist/main.js`).
// It needs DATABASE_URL, SECRET_KEY and SMTP_URL, and REDIS_URL unless the queues run on PostgreSQL.
// The API package is an application, not a typed library, so its entry point is typed here.
const { runWorkerCli } = require('@gcm/api/worker') as { runWorkerCli(): void };

runWorkerCli();
