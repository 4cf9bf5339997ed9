import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ZEmail, ZPersonName } from '@gcm/domain';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, configOrExit } from './config/config';
import { CoreModule } from './core.module';
import { prepareQueueBackend } from './infra/queue/queue-backend';
import { StorageMigration } from './infra/storage/storage-migration';
import { InstanceService } from './modules/instance/instance.service';

const USAGE = `Usage: npm run admin -- create EMAIL [--name "Full Name"]
       npm run admin -- migrate-storage
       npm run admin -- storage-orphans [--delete]

  create EMAIL   make EMAIL an administrator of this installation. A new account gets a one-time
                 activation link, printed here (not e-mailed): open it to choose the password.
  migrate-storage
                 copy every attachment's bytes into the configured store: with
                 STORAGE_BACKEND=postgres (the default) or files, the files under STORAGE_DIR into
                 PostgreSQL; with STORAGE_BACKEND=s3, the files under STORAGE_DIR or else the bytes
                 in PostgreSQL into the S3 bucket. Each is checked against the sha256 recorded at
                 upload, before and after the copy. Run it again after a stop: it copies only what
                 is left. The sources stay; remove them once the command reports nothing missing.
  storage-orphans [--delete]
                 with STORAGE_BACKEND=s3: list the objects in the bucket that no attachment refers
                 to (left by a crash between an upload's write and its commit), older than an hour;
                 --delete removes them.

Uses the API's configuration: DATABASE_URL, SECRET_KEY, PUBLIC_URL (for the link), STORAGE_DIR and
the S3_* settings must be those of the running installation. With \`npm start\` on embedded defaults, the demo administrator
is shown at start instead.`;

/** Runs an administration command (see USAGE); returns the exit code. */
export async function runAdminCommand(
  argv: string[],
  config: AppConfig,
  print: (line: string) => void = console.info,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      delete: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, address] = positionals;
  if (command === 'migrate-storage' && !values.help && positionals.length === 1) {
    return migrateStorage(config, print);
  }
  if (command === 'storage-orphans' && !values.help && positionals.length === 1) {
    return storageOrphans(config, values.delete === true, print);
  }
  if (values.help || command !== 'create' || !address) {
    print(USAGE);
    return values.help ? 0 : 2;
  }
  const email = ZEmail.safeParse(address);
  const name = ZPersonName.safeParse(values.name ?? address.split('@')[0]);
  if (!email.success || !name.success) {
    print(
      `${email.success ? `The name "${values.name}"` : `"${address}"`} is not valid: ${
        (email.error ?? name.error)?.issues[0]?.message ?? 'unknown problem'
      }`,
    );
    return 2;
  }
  await prepareQueueBackend(config);
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config), { logger: false });
  try {
    const made = await app.get(InstanceService).makeAdministrator({ email: email.data, name: name.data });
    if (made.activationUrl && made.expiresAt) {
      print(`${email.data} is an administrator. Open this link to choose the password (it works once,`);
      print(`until ${made.expiresAt.toISOString()}):`);
      print(`  ${made.activationUrl}`);
    } else {
      print(`${email.data} is an administrator; they sign in with their current password.`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

/** Copies attachment bytes into the configured store; 0 when every attachment has its bytes there. */
async function migrateStorage(config: AppConfig, print: (line: string) => void): Promise<number> {
  await prepareQueueBackend(config);
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config), { logger: false });
  try {
    const migration = app.get(StorageMigration);
    const into = migration.target === 's3' ? `the S3 bucket ${config.s3?.bucket ?? ''}` : 'PostgreSQL';
    const from = migration.target === 's3' ? `${config.storageDir} and PostgreSQL` : config.storageDir;
    print(`Copying attachment bytes from ${from} into ${into}…`);
    const report = await migration.copyIntoConfiguredBackend(print);
    print(
      `${report.attachments} attachments: ${report.copied} copied, ${report.alreadyStored} already in ` +
        `${report.target === 's3' ? 'S3' : 'PostgreSQL'}, ` +
        `${report.missing.length} missing, ${report.mismatched.length} not matching their sha256.`,
    );
    const complete = report.missing.length === 0 && report.mismatched.length === 0;
    if (!complete) {
      print(
        'Those attachments cannot be downloaded until their files are restored and the command is run again.',
      );
    } else if (config.storageBackend === 'files') {
      print(
        'STORAGE_BACKEND is files: set it to postgres (or leave it unset) for the processes to read them there.',
      );
    }
    return complete ? 0 : 1;
  } finally {
    await app.close();
  }
}

/** Lists (and with --delete removes) S3 objects no attachment refers to; 0 when none is left. */
async function storageOrphans(
  config: AppConfig,
  remove: boolean,
  print: (line: string) => void,
): Promise<number> {
  if (config.storageBackend !== 's3') {
    print(
      `STORAGE_BACKEND is ${config.storageBackend}: only the s3 store can hold orphans (PostgreSQL writes bytes ` +
        'with their row; the files store leaves a file only on a crash, under STORAGE_DIR).',
    );
    return 2;
  }
  await prepareQueueBackend(config);
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config), { logger: false });
  try {
    const report = await app.get(StorageMigration).s3Orphans({ remove, graceMs: 3_600_000, now: new Date() });
    for (const orphan of report.orphans) {
      print(
        `${remove ? 'removed' : 'orphan'}: ${orphan.key} (${orphan.size} bytes, ${orphan.lastModified?.toISOString() ?? 'no date'})`,
      );
    }
    print(
      `${report.orphans.length} objects without an attachment${remove ? `, ${report.removed} removed` : ''}; ` +
        `${report.recent} more younger than an hour left alone (their upload may still commit).`,
    );
    if (!remove && report.orphans.length > 0) print('Run it again with --delete to remove them.');
    return remove || report.orphans.length === 0 ? 0 : 1;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  const config = configOrExit(2);
  runAdminCommand(process.argv.slice(2), config).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('The command failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
