import { Module } from '@nestjs/common';
import { BallotBoxRepository } from './ballot-box.repository';
import { BallotsService } from './ballots.service';
import { PrioritiesService } from './priorities.service';
import { VoteAccess } from './vote-access.service';
import { VoteReminderHandler } from './vote-reminder.handler';
import { VoteReminderPlanner } from './vote-reminder.planner';
import { VoteRemindersService } from './vote-reminders.service';
import { VoteResultsController } from './vote-results.controller';
import { VoteResultsService } from './vote-results.service';
import { VoteRoundCreationService } from './vote-round-creation.service';
import { VoteRoundsService } from './vote-rounds.service';
import { VotesController } from './votes.controller';

@Module({
  controllers: [VotesController, VoteResultsController],
  providers: [
    VoteAccess,
    BallotBoxRepository,
    VoteRoundsService,
    VoteRoundCreationService,
    BallotsService,
    VoteResultsService,
    PrioritiesService,
    VoteReminderPlanner,
    VoteRemindersService,
    VoteReminderHandler,
  ],
})
export class VotesModule {}
