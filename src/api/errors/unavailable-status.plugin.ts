import type { ApolloServerPlugin } from '@apollo/server';
import { StoreUnavailableError } from '../../store/store-errors';
import { originalOf } from './format-error';

/**
 * Answers HTTP 503 (not 200) when a resolver met a store outage, like TIMEOUT and /readyz do, so
 * clients and load balancers see "retry later" without reading the body; the body still carries
 * SERVICE_UNAVAILABLE per error and whatever data did resolve.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (errors.some((e) => originalOf(e) instanceof StoreUnavailableError)) response.http.status = 503;
        },
      };
    },
  };
}
