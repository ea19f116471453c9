// Code a front-end writes against the generated types; compiled with tsc --strict by codegen.mjs.
import { Grade } from './schema-types';
import type { Offer } from './schema-types';
import type { ApplyMutation, FollowApplicationSubscription, SearchOffersQuery, SearchOffersQueryVariables } from './operations';

export const search: SearchOffersQueryVariables = {
  near: { latitude: 48.8566, longitude: 2.3522, radiusKm: 10 },
  where: { grades: { some: { eq: 'SECONDE' } }, sectorCode: { in: ['s12'] } },
  first: 10,
};

export const grade: Grade = Grade.Seconde;

export const seatsLeft = (offer: Pick<Offer, 'seats' | 'remainingSeats'>): boolean => offer.remainingSeats > 0 && offer.seats > 0;

export function titles(data: SearchOffersQuery): string[] {
  return data.offers?.edges.map((edge) => `${edge.node.title} (${edge.node.distanceKm ?? '?'} km)`) ?? [];
}

export function refusal(data: ApplyMutation): string | null {
  const error = data.applyToOffer.errors?.[0];
  if (!error) return null;
  return error.__typename === 'InvalidFieldError' ? `${error.field}: ${error.message}` : error.message;
}

export function lastCursor(event: FollowApplicationSubscription): string {
  return event.applicationStatusChanged.cursor;
}
