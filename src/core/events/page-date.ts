// The date a page was published, read from its metadata or, failing that, from its byline. Pure: the
// document is anything with querySelectorAll (the live page in the page script, linkedom in the command
// line), so both read dates by the same rules.

/** The part of a DOM element this module reads. */
export interface DateElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
export interface DateDocument {
  querySelectorAll(selectors: string): ArrayLike<DateElement>;
}

/**
 * Where pages state their publication date, most specific first: Open Graph's article:published_time
 * (ogp.me), schema.org's datePublished as microdata, the <meta name> forms news CMSs write (Parsely,
 * Dublin Core, Google News' former "pubdate"), and the <time> of an article's byline.
 */
const METADATA: readonly (readonly [selector: string, attribute: string])[] = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[name="article:published_time"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['time[itemprop="datePublished"]', 'datetime'],
  ['meta[name="parsely-pub-date"]', 'content'],
  ['meta[name="DC.date.issued"]', 'content'],
  ['meta[name="dcterms.created"]', 'content'],
  ['meta[name="pubdate"]', 'content'],
  ['meta[name="publish-date"]', 'content'],
  ['meta[name="date"]', 'content'],
  ['time[pubdate]', 'datetime'],
  ['article time[datetime]', 'datetime'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/;

const pad = (n: number): string => String(n).padStart(2, '0');

function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * A date as ISO 8601: an instant (UTC) when the text gives a time with its zone, else the calendar day.
 * Takes ISO forms and written ones ("4 March 2026", "March 4th, 2026", "Mar. 4 2026"); null for anything else.
 */
export function normalizeDate(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] && iso[5]) {
      const at = Date.parse(
        `${day}T${iso[4]}${iso[5].length === 5 ? `${iso[5].slice(0, 3)}:${iso[5].slice(3)}` : iso[5]}`,
      );
      return Number.isNaN(at) ? day : new Date(at).toISOString();
    }
    return day;
  }
  const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return calendarDay(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return calendarDay(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]));
  return null;
}

/** schema.org's datePublished anywhere in a JSON-LD block (@graph, arrays, nested articles). */
function jsonLdDate(json: string): string | null {
  let pending: unknown[];
  try {
    pending = [JSON.parse(json)];
  } catch {
    return null;
  }
  // a hostile page could nest deeply: walk with a stack, and only so far
  for (let visited = 0; pending.length > 0 && visited < 1000; visited++) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (typeof value === 'object' && value !== null) {
      const published = (value as Record<string, unknown>).datePublished;
      if (typeof published === 'string') {
        const date = normalizeDate(published);
        if (date) return date;
      }
      pending.push(...Object.values(value));
    }
  }
  return null;
}

/** The publication date a page's metadata states, or null. */
export function metadataDate(document: DateDocument): string | null {
  for (const [selector, attribute] of METADATA) {
    const elements = document.querySelectorAll(selector);
    for (let i = 0; i < elements.length; i++) {
      const value = elements[i]!.getAttribute(attribute);
      const date = value === null ? null : normalizeDate(value);
      if (date) return date;
    }
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const date = jsonLdDate(scripts[i]!.textContent ?? '');
    if (date) return date;
  }
  return null;
}

/** A byline is one of the article's first few lines, and short: "By Ana Ruiz · 4 March 2026". */
const BYLINE_LINES = 8;
const BYLINE_MAX_CHARS = 120;

/**
 * The date in the article's byline: the first short line among its first few that holds a full date, a
 * line saying "updated" only when no other does (the update is later than the publication).
 */
export function bylineDate(articleText: string): string | null {
  const lines = articleText
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, BYLINE_LINES);
  const dated = lines
    .filter((line) => line.length <= BYLINE_MAX_CHARS)
    .flatMap((line) => {
      const date = normalizeDate(line);
      return date
        ? [{ date, updated: /\b(updated|modified)\b/i.test(line) && !/\b(published|posted)\b/i.test(line) }]
        : [];
    });
  return (dated.find((line) => !line.updated) ?? dated[0])?.date ?? null;
}

/** The page's date: its metadata's, else its byline's; null when it gives none. */
export const publishedDate = (document: DateDocument, articleText: string): string | null =>
  metadataDate(document) ?? bylineDate(articleText);
