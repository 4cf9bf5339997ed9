import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ZEmail, ZPersonName } from '@gcm/domain';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, configOrExit } from './config/config';
import { CoreModule } from './core.module';
import { prepareQueueBackend } from './infra/queue/queue-backend';
import { InstanceService } from './modules/instance/instance.service';

const USAGE = `Usage: npm run admin -- create EMAIL [--name "Full Name"]

  create EMAIL   make EMAIL an administrator of this installation. A new account gets a one-time
                 activation link, printed here (not e-mailed): open it to choose the password.

Uses the API's configuration: DATABASE_URL, SECRET_KEY and PUBLIC_URL (for the link) must be
those of the running installation. With \`npm start\` on embedded defaults, the demo administrator
is shown at start instead.`;

/** Makes an administrator (see USAGE); returns the exit code. */
export async function runAdminCommand(
  argv: string[],
  config: AppConfig,
  print: (line: string) => void = console.info,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, address] = positionals;
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
