import { Navigate, type RouteObject } from 'react-router';
import { ReviewPage } from '../features/reviews/components/review-page';
import { ReviewsListPage } from '../features/reviews/components/reviews-list-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/reviews" replace /> },
          { path: 'reviews', element: <ReviewsListPage /> },
          { path: 'reviews/:reviewId', element: <ReviewPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
