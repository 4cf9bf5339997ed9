import { Module } from '@nestjs/common';
import { AttentionController } from './attention.controller';
import { AttentionRepository } from './attention.repository';
import { AttentionService } from './attention.service';

/** The review overview's "needs attention" summary (read only). */
@Module({ controllers: [AttentionController], providers: [AttentionService, AttentionRepository] })
export class AttentionModule {}
