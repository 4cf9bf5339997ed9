import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { Transactions } from './transactions';

@Global()
@Module({ providers: [PrismaService, Transactions], exports: [PrismaService, Transactions] })
export class PrismaModule {}
