import { Module } from '@nestjs/common';
import { ReviewStateModule } from '../review-state/review-state.module';
import { BallotBoxRepository } from './ballot-box.repository';
import { BallotsService } from './ballots.service';
import { PrioritiesRepository } from './priorities.repository';
import { PrioritiesService } from './priorities.service';
import { VoteAccess } from './vote-access.service';
import { VoteReminderHandler } from './vote-reminder.handler';
import { VoteReminderPlanner } from './vote-reminder.planner';
import { VoteRemindersRepository } from './vote-reminders.repository';
import { VoteRemindersService } from './vote-reminders.service';
import { VoteResultsController } from './vote-results.controller';
import { VoteResultsRepository } from './vote-results.repository';
import { VoteResultsService } from './vote-results.service';
import { VoteRoundCreationService } from './vote-round-creation.service';
import { VoteRoundsRepository } from './vote-rounds.repository';
import { VoteRoundsService } from './vote-rounds.service';
import { VotesController } from './votes.controller';

@Module({
  imports: [ReviewStateModule],
  controllers: [VotesController, VoteResultsController],
  providers: [
    VoteRoundsRepository,
    BallotBoxRepository,
    VoteResultsRepository,
    PrioritiesRepository,
    VoteRemindersRepository,
    VoteAccess,
    VoteRoundsService,
    VoteRoundCreationService,
    BallotsService,
    VoteResultsService,
    PrioritiesService,
    VoteReminderPlanner,
    VoteRemindersService,
    VoteReminderHandler,
  ],
  // The report's annex lists each finalised round's ballot-set SHA-256 (ballotSetDigests).
  exports: [VoteResultsService],
})
export class VotesModule {}
