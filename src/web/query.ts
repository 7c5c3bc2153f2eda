import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export const sessionQueryKey = ['session'] as const;

function onApiError(error: unknown) {
  // The session ended elsewhere (expired, signed out in another tab): reload it so the app shows sign-in.
  if (error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated') {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // Lists change under other users' hands: a page shows its cache at once and refreshes it when opened.
      staleTime: 0,
      refetchOnWindowFocus: false,
      // Client errors (not found, forbidden, bad input) will not change on retry.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
