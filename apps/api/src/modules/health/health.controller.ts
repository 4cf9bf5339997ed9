import { type THealth, ZHealth } from '@gcm/domain';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { APP_VERSION } from '../../version';
import { Public } from '../auth/auth.decorators';
import { HealthRepository } from './health.repository';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(private readonly database: HealthRepository) {}

  @Get()
  @Documented('Liveness and database status', {
    200: { description: 'Everything is up', schema: ZHealth },
    503: { description: 'The database does not answer', schema: ZHealth },
  })
  async health(@Res({ passthrough: true }) response: Response): Promise<THealth> {
    const started = performance.now();
    let up = true;
    try {
      await this.database.ping();
    } catch {
      up = false;
    }
    response.status(up ? 200 : 503);
    return {
      status: up ? 'ok' : 'degraded',
      database: {
        status: up ? 'up' : 'down',
        latencyMs: up ? Math.round((performance.now() - started) * 10) / 10 : null,
      },
      version: APP_VERSION,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}
