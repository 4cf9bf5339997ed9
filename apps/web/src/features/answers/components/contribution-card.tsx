import type { TConsolidationContribution } from '@gcm/domain';
import { FormattedMessage } from 'react-intl';
import { ContributionStateBadge } from '../../../components/ui/status-badge';
import { AnswerText } from '../../../components/ui/text-blocks';
import { attachmentUrl } from '../../../lib/downloads';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';

interface ContributionCardProps {
  contribution: TConsolidationContribution;
  /** Shown as an "Insert" button that appends the contribution's text to the answer. */
  onInsert?: (text: string) => void;
}

/** One organisation's contribution as the coordinator merges it: text, references, numbered attachments. */
export function ContributionCard({ contribution, onInsert }: ContributionCardProps) {
  const t = useT();
  const name = organisationLabel(contribution.organisation);
  return (
    <article className="card contribution-card" data-testid="consolidation-contribution" aria-label={name}>
      <header className="editor__bar">
        <h3>
          {contribution.organisation.name}{' '}
          <span className="muted">{t('answers.card.role', { role: contribution.role })}</span>
        </h3>
        <ContributionStateBadge state={contribution.state} />
      </header>
      <AnswerText text={contribution.body} />
      <p className="muted">{t('answers.card.words', { count: contribution.wordCount })}</p>
      {contribution.references.length > 0 ? (
        <>
          <h4 className="section-label">{t('answers.card.references')}</h4>
          <ul className="references__list">
            {contribution.references.map((reference) => (
              <li key={`${reference.title}|${reference.url ?? ''}`}>
                {reference.url ? <a href={reference.url}>{reference.title}</a> : reference.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {contribution.attachments.length > 0 ? (
        <>
          <h4 className="section-label">{t('answers.card.attachments')}</h4>
          <ul className="attachments-list">
            {contribution.attachments.map((attachment) => (
              <li key={attachment.id} className="attachments-list__item">
                {attachment.number !== null ? (
                  <strong>{t('answers.card.attachment', { number: attachment.number })} </strong>
                ) : null}
                <a href={attachmentUrl(attachment.id)} download={attachment.fileName}>
                  {attachment.fileName}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {onInsert && contribution.body.trim() !== '' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onInsert(contribution.body)}
        >
          <FormattedMessage
            id="answers.card.insert"
            values={{ name, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
          />
        </button>
      ) : null}
    </article>
  );
}
