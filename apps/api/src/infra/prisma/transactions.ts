import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

/**
 * An open database transaction, as services hand it from one repository call to the next. Services
 * never query through it themselves: only repositories do.
 */
export type Tx = Prisma.TransactionClient;

/** Runs a unit of work in one database transaction: all of it is committed, or none of it. */
@Injectable()
export class Transactions {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Tx) => Promise<T>, options: { timeout?: number; maxWait?: number } = {}): Promise<T> {
    return this.prisma.client.$transaction(work, { ...options, timeout: options.timeout ?? 10_000 });
  }
}
