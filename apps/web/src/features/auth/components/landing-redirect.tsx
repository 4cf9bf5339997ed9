import { Navigate } from 'react-router';
import { useSession } from '../../../lib/api/get-session';
import { landingPath } from '../landing';

/** The index route: sends the signed-in person to where their kind of work starts. */
export function LandingRedirect() {
  // Rendered inside RequireSession, which has loaded the session already.
  const { data: person } = useSession({ enabled: false });
  return person ? <Navigate to={landingPath(person)} replace /> : null;
}
