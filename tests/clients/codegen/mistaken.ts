// Code that must not compile against the generated types: a field no operation selected.
import type { SearchOffersQuery } from './operations';

export const salaries = (data: SearchOffersQuery): number[] => data.offers?.edges.map((edge) => edge.node.salary) ?? [];
