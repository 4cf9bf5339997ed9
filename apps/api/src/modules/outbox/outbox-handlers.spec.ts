import { OutboxHandlers } from './outbox-handlers';

describe('OutboxHandlers', () => {
  const render = async () => ({ cancel: 'test' });

  it('finds a handler by its exact kind, else by the longest family the kind belongs to', () => {
    const handlers = new OutboxHandlers();
    const reminders = { render };
    const escalations = { render };
    const submission = { attachments: async () => [] };
    handlers.register('reminder.', reminders);
    handlers.register('reminder.escalation.', escalations);
    handlers.register('report.submission', submission);
    expect(handlers.for('reminder.due')).toBe(reminders);
    expect(handlers.for('reminder.escalation.head')).toBe(escalations);
    expect(handlers.for('report.submission')).toBe(submission);
    expect(handlers.for('report.submission.copy')).toBeUndefined();
    expect(handlers.for('assignment.created')).toBeUndefined();
    expect(handlers.kinds()).toEqual(['reminder.', 'reminder.escalation.', 'report.submission']);
  });

  it('refuses a second handler for the same kind', () => {
    const handlers = new OutboxHandlers();
    handlers.register('vote.reminder.auto', { render });
    expect(() => handlers.register('vote.reminder.auto', { render })).toThrow('already registered');
  });
});
