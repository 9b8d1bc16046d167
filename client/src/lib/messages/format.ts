// French formatting: plurals, numbers and dates, shared by every messages file.

export const LOCALE = 'fr-FR';

const pluralRules = new Intl.PluralRules(LOCALE);
const numberFormat = new Intl.NumberFormat(LOCALE);

/** French plural: 0 and 1 take the singular ("0 réponse", "1 réponse", "2 réponses"). */
export function plural(n: number, one: string, other: string): string {
  return pluralRules.select(n) === 'one' ? one : other;
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** The word after a number of answers: "réponse" or "réponses". */
export function answersWord(n: number): string {
  return plural(n, 'réponse', 'réponses');
}

/** "1 réponse", "12 réponses". */
export function answersLabel(n: number): string {
  return `${formatNumber(n)} ${answersWord(n)}`;
}

/** The word after a score: "vote" or "votes". */
export function votesWord(n: number): string {
  return plural(n, 'vote', 'votes');
}

export function votesLabel(n: number): string {
  return `${formatNumber(n)} ${votesWord(n)}`;
}

const relativeFormat = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
const fullDateFormat = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "à l'instant", "il y a 5 minutes", "hier", "il y a 3 jours", "il y a 2 mois"… */
export function relativeDate(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  // A date slightly in the future (clock skew) reads as "just now".
  const elapsed = Math.max(0, Math.round((now - time) / 1000));
  if (elapsed < 45) return 'à l’instant';
  if (elapsed < HOUR) return relativeFormat.format(-Math.max(1, Math.trunc(elapsed / MINUTE)), 'minute');
  if (elapsed < DAY) return relativeFormat.format(-Math.trunc(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relativeFormat.format(-Math.trunc(elapsed / DAY), 'day');
  if (elapsed < 30 * DAY) return relativeFormat.format(-Math.trunc(elapsed / (7 * DAY)), 'week');
  if (elapsed < 365 * DAY) return relativeFormat.format(-Math.trunc(elapsed / (30 * DAY)), 'month');
  return relativeFormat.format(-Math.trunc(elapsed / (365 * DAY)), 'year');
}

/** "12 mars 2025 à 14:05", for the `title` of a relative date. */
export function fullDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : fullDateFormat.format(time);
}
