// The search as the form shows it, its place in the page URL (namespaced parameters, so that the portal's own are
// left alone) and the arguments of `offers` it stands for.
import type { Grade, NearInput, OfferFilterInput } from './generated/schema';
import type { SecondePeriod } from './calendar';

export interface SearchState {
  keywords: string;
  placeId: string;
  placeName: string;
  radius: number;
  grade: Grade | '';
  sector: string;
  period: string;
  department: string;
}

export const grades: { value: Grade; label: string; short: string }[] = [
  { value: 'QUATRIEME', label: '4e (quatrième)', short: '4e' },
  { value: 'TROISIEME', label: '3e (troisième)', short: '3e' },
  { value: 'SECONDE', label: '2nde (seconde)', short: '2nde' },
];

/** "3e, 2nde" or "TROISIEME,SECONDE" (an attribute) as grades. */
export function parseGrades(text: string | null): Grade[] {
  const names: Record<string, Grade> = { '4e': 'QUATRIEME', quatrieme: 'QUATRIEME', '3e': 'TROISIEME', troisieme: 'TROISIEME', '2nde': 'SECONDE', seconde: 'SECONDE' };
  return (text ?? '').split(/[\s,]+/).map((word) => names[word.toLowerCase()]).filter((grade): grade is Grade => !!grade);
}

const keys = {
  keywords: 'q', placeId: 'lieu', placeName: 'lieu-nom', radius: 'rayon', grade: 'niveau', sector: 'secteur', period: 'periode', department: 'dep',
} as const;

export const sameState = (a: SearchState, b: SearchState) => JSON.stringify(a) === JSON.stringify(b);

/** The state the page URL holds, over `defaults`; null when it holds none of ours. */
export function stateFromUrl(url: URL, prefix: string, defaults: SearchState): SearchState | null {
  const read = (key: string) => url.searchParams.get(prefix + key);
  if (!Object.values(keys).some((key) => read(key) !== null)) return null;
  const radius = Number(read(keys.radius));
  const grade = read(keys.grade);
  return {
    keywords: read(keys.keywords) ?? '',
    placeId: read(keys.placeId) ?? '',
    placeName: read(keys.placeName) ?? '',
    radius: radius > 0 && radius <= 200 ? radius : defaults.radius,
    grade: grades.some((g) => g.value === grade) ? grade as Grade : '',
    sector: /^s\d{1,2}$/.test(read(keys.sector) ?? '') ? read(keys.sector)! : '',
    period: read(keys.period) ?? '',
    department: read(keys.department) ?? '',
  };
}

/** `url` with this state in our parameters (empty values left out) and the others untouched. */
export function urlWithState(url: URL, prefix: string, state: SearchState): URL {
  const next = new URL(url.href);
  for (const key of Object.values(keys)) next.searchParams.delete(prefix + key);
  for (const [field, key] of Object.entries(keys)) {
    const value = String(state[field as keyof SearchState] ?? '');
    if (value && !(field === 'placeName' && !state.placeId) && !(field === 'radius' && !state.placeId)) next.searchParams.set(prefix + key, value);
  }
  return next;
}

export interface OffersArguments { where?: OfferFilterInput; near?: NearInput; search?: string }

/** The arguments of `offers` for this search; `allowed` restricts the grades when the portal fixed some. */
export function offersArguments(state: SearchState, allowed: Grade[], seconde: SecondePeriod): OffersArguments {
  const where: OfferFilterInput = {};
  if (state.grade) where.grades = { some: { eq: state.grade } };
  else if (allowed.length) where.grades = { some: { in: allowed } };
  if (state.sector) where.sectorCode = { eq: state.sector };
  if (state.department) where.departmentCode = { eq: state.department };
  if (state.period === 'seconde') {
    where.period = { within: { from: seconde.from, to: seconde.to } };
  } else if (/^\d{4}-W\d{2}$/.test(state.period)) {
    where.weeks = { some: { eq: state.period } };
  }
  const search = state.keywords.trim();
  return {
    ...(Object.keys(where).length ? { where } : {}),
    ...(state.placeId ? { near: { place: state.placeId, radiusKm: state.radius } } : {}),
    ...(search ? { search } : {}),
  };
}
