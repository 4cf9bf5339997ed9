import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const templateSelect = {
  id: true,
  key: true,
  version: true,
  title: true,
  content: true,
  createdAt: true,
} satisfies Prisma.QuestionnaireTemplateSelect;
export type StoredQuestionnaireRow = Prisma.QuestionnaireTemplateGetPayload<{
  select: typeof templateSelect;
}>;

/** The questionnaire templates administrators imported (the built-in ones are not stored). */
@Injectable()
export class QuestionnairesRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(): Promise<StoredQuestionnaireRow[]> {
    return this.prisma.client.questionnaireTemplate.findMany({
      select: templateSelect,
      orderBy: [{ key: 'asc' }, { version: 'asc' }],
    });
  }

  /** The given version, or the newest one of the key when no version is given. */
  find(key: string, version?: number, db: Tx = this.prisma.client): Promise<StoredQuestionnaireRow | null> {
    return db.questionnaireTemplate.findFirst({
      where: { key, ...(version === undefined ? {} : { version }) },
      select: templateSelect,
      orderBy: { version: 'desc' },
    });
  }

  async isAdministrator(personId: string): Promise<boolean> {
    const person = await this.prisma.client.person.findUnique({
      where: { id: personId },
      select: { isAdministrator: true },
    });
    return person?.isAdministrator === true;
  }

  async insert(
    tx: Tx,
    row: {
      key: string;
      version: number;
      title: string;
      content: Prisma.InputJsonValue;
      sha256: string;
      importedById: string;
    },
  ): Promise<StoredQuestionnaireRow> {
    return tx.questionnaireTemplate.create({ data: row, select: templateSelect });
  }
}
