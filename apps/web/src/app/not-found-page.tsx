import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="page">
      <title>Page not found — GCM Review Tracker</title>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/reviews">Go to the list of reviews</Link>
      </p>
    </div>
  );
}
