// The school year's weeks and the mandatory 2nde period. The API's calendar (`schoolCalendar`: its today, and the
// period it applies, published or computed) is the reference; until it answers, or if it cannot, the browser computes
// the same default: the period ends on the last Friday of June before 1 July and starts 11 days earlier (a Monday).

export interface Week { value: string; label: string; monday: Date }
export interface SecondePeriod { from: string; to: string; label: string }
export interface SchoolDates { today: Date; seconde: SecondePeriod }

const day = 86_400_000;
const utc = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const long = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "du 15 au 26 juin 2026", or "du 29 juin au 3 juillet 2026" across months. */
export function frenchRange(from: Date, to: Date): string {
  const sameMonth = from.getUTCMonth() === to.getUTCMonth() && from.getUTCFullYear() === to.getUTCFullYear();
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const start = sameMonth ? String(from.getUTCDate()) : sameYear ? short.format(from) : long.format(from);
  return `du ${start} au ${long.format(to)}`;
}

/** A date of the API ("2026-06-15") as a UTC date. */
export const parseDate = (text: string) => new Date(`${text}T00:00:00Z`);

/** The ISO week ("2026-W25") of a Monday. */
export function isoWeek(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * day);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utc(year, 0, 1).getTime()) / (7 * day));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The June that ends the school year under way on `today` (from August on, next June). */
export const schoolYearEnd = (today: Date) => (today.getUTCMonth() >= 7 ? today.getUTCFullYear() + 1 : today.getUTCFullYear());

const period = (monday: Date, friday: Date): SecondePeriod =>
  ({ from: iso(monday), to: iso(friday), label: `Période obligatoire de 2nde, ${frenchRange(monday, friday)}` });

export function secondePeriod(year: number): SecondePeriod {
  const friday = utc(year, 5, 30);
  while (friday.getUTCDay() !== 5) friday.setUTCDate(friday.getUTCDate() - 1);
  return period(new Date(friday.getTime() - 11 * day), friday);
}

/** The dates computed in the browser from its own clock. */
export const localDates = (now: Date): SchoolDates => {
  const today = utc(now.getFullYear(), now.getMonth(), now.getDate());
  return { today, seconde: secondePeriod(schoolYearEnd(today)) };
};

/** The dates of the API's `schoolCalendar`: its today ("2026-12-07") and its next 2nde period's first and last days. */
export const apiDates = (today: string, startDate: string, endDate: string): SchoolDates =>
  ({ today: parseDate(today), seconde: period(parseDate(startDate), parseDate(endDate)) });

/** The weeks to come in the school year under way: from next Monday (this week has started) to the end of the 2nde period. */
export function schoolWeeks(dates: SchoolDates): Week[] {
  const { today } = dates;
  const end = parseDate(dates.seconde.to);
  const rentree = utc(end.getUTCFullYear() - 1, 8, 1);
  const start = today > rentree ? today : rentree;
  const monday = utc(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 7 - ((start.getUTCDay() + 6) % 7));
  const weeks: Week[] = [];
  for (let current = monday; current <= end; current = new Date(current.getTime() + 7 * day)) {
    const friday = new Date(current.getTime() + 4 * day);
    weeks.push({ value: isoWeek(current), label: `Semaine ${frenchRange(current, friday)}`, monday: current });
  }
  return weeks;
}
