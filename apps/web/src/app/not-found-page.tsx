import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <title>{`${t('shell.notFound.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('shell.notFound.title')}</h1>
      <p>{t('shell.notFound.text')}</p>
      <p>
        <Link to="/reviews">{t('shell.notFound.link')}</Link>
      </p>
    </div>
  );
}
