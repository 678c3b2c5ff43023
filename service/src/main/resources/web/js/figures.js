// Renders a key figure's normalized value in the target locale with Intl, and names its qualifier.

const LOCALES = { de: 'de-DE', en: 'en-GB' };

const QUALIFIERS = {
  en: { exact: '', about: 'about', more_than: 'more than', at_least: 'at least', less_than: 'less than', up_to: 'up to' },
  de: { exact: '', about: 'rund', more_than: 'mehr als', at_least: 'mindestens', less_than: 'weniger als', up_to: 'bis zu' },
};

const KINDS = { count: 'Count', quantity: 'Quantity', money: 'Money', percent: 'Share', date: 'Date', range: 'Range' };

// The figure's type, the same inventory the server reads in both languages.
const TYPES = {
  count: 'Count', money: 'Money', percent: 'Share', quantity: 'Quantity', range: 'Range', date: 'Date',
  duration: 'Duration', age: 'Age', time: 'Time', ordinal: 'Rank', score: 'Score', code: 'Code',
};

// Units that Intl.NumberFormat can spell out; the others keep the symbol the server gives.
const INTL_UNITS = {
  km: 'kilometer', m: 'meter', cm: 'centimeter', mm: 'millimeter', mi: 'mile',
  kg: 'kilogram', g: 'gram', l: 'liter', ha: 'hectare',
  h: 'hour', min: 'minute', s: 'second', d: 'day', year: 'year', years: 'year',
  GB: 'gigabyte', TB: 'terabyte', MB: 'megabyte', '°C': 'celsius',
};

const PERCENTAGE_POINTS = { en: 'pp', de: 'Prozentpunkte' };

/** The BCP 47 locale for a target language code. */
export function localeOf(language) {
  return LOCALES[language] ?? language;
}

// A date qualified up_to is a deadline: "by June 2025", not "up to June 2025".
const DEADLINES = { en: 'by', de: 'bis' };

/** The qualifier in the target language ("more than", "mehr als", "by" for a deadline); empty for exact figures. */
export function qualifierWords(qualifier, language, kind) {
  if (kind === 'date' && qualifier === 'up_to') {
    return DEADLINES[language] ?? DEADLINES.en;
  }
  return (QUALIFIERS[language] ?? QUALIFIERS.en)[qualifier] ?? '';
}

/** What the figure measures, by its kind (kept for callers that know only the kind). */
export function kindName(kind) {
  return KINDS[kind] ?? kind;
}

/** What the figure is, for the card's kicker: its type, or its kind from a server that sends no type. */
export function typeName(figure) {
  return figure.type ? (TYPES[figure.type] ?? figure.type) : kindName(figure.kind);
}

/** The value (and upper bound of a range) formatted for the target locale, without the qualifier. */
export function formatValue(figure, language) {
  const locale = localeOf(language);
  // A year, a span of years or days, a time: never a grouped number ("2025–2026", not "2,025–2,026").
  if (figure.kind === 'date' || figure.type === 'date' || figure.type === 'time' || typeof figure.date === 'string') {
    return formatDate(figure, locale);
  }
  const share = ratioOf(figure, language) ?? fractionOf(figure);
  if (share) {
    return share;
  }
  if (figure.unit === 'pp') {
    return `${number(locale, {}).format(figure.value)} ${PERCENTAGE_POINTS[language] ?? 'pp'}`;
  }
  const { format, suffix } = formatterFor(figure, locale);
  if (typeof figure.valueTo === 'number') {
    const from = figure.unit === '%' ? figure.value / 100 : figure.value;
    const to = figure.unit === '%' ? figure.valueTo / 100 : figure.valueTo;
    const range = typeof format.formatRange === 'function'
        ? format.formatRange(from, to) : `${format.format(from)}–${format.format(to)}`;
    return range + suffix;
  }
  return format.format(figure.unit === '%' ? figure.value / 100 : figure.value) + suffix;
}

// How a source writes a share: "zwei Drittel", "3/4", "die Hälfte", "½"; "0.5 points" stays a decimal.
const WRITTEN_AS_FRACTION = /[\/½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|hälfte|halb|drittel|viertel|fünftel|achtel|zehntel|half|third|quarter|fifth|eighth|tenth/i;

// How a source writes a ratio share: "one in five", "4 out of 10", "vier von fünf".
const WRITTEN_AS_RATIO = /^[\p{L}\d.,']+ (?:in|out of|von) ([\p{L}\d.,']+)$/iu;
const RATIO_WORDS = { en: 'in', de: 'von' };

/** "4 in 10" / "4 von 10" for a share the source wrote as a ratio, over the denominator it was written with. */
function ratioOf(figure, language) {
  const match = WRITTEN_AS_RATIO.exec(figure.text ?? '');
  const value = figure.value;
  if (!match || figure.kind !== 'count' || figure.unit || !(value > 0 && value < 1)) {
    return null;
  }
  const written = /^\d+$/.test(match[1]) ? Number(match[1]) : 0;
  const word = RATIO_WORDS[language] ?? RATIO_WORDS.en;
  for (const bottom of [written, ...Array.from({ length: 999 }, (_, i) => i + 2)]) {
    const top = Math.round(value * bottom);
    if (bottom > 1 && top >= 1 && Math.abs(value - top / bottom) < 1e-9) {
      return `${top} ${word} ${bottom}`;
    }
  }
  return null;
}

/** "2/3" for a count the source wrote as a proper fraction with a denominator up to ten ("zwei Drittel der …"). */
function fractionOf(figure) {
  const value = figure.value;
  if (figure.kind !== 'count' || figure.unit || typeof figure.valueTo === 'number' || !(value > 0 && value < 1)
      || !WRITTEN_AS_FRACTION.test(figure.text ?? '')) {
    return null;
  }
  for (let bottom = 2; bottom <= 10; bottom++) {
    const top = Math.round(value * bottom);
    if (top >= 1 && Math.abs(value - top / bottom) < 1e-9) {
      return `${top}/${bottom}`;
    }
  }
  return null;
}

/** A conversion given in parentheses ("(1.3 bn dollars)"), formatted like a figure. */
export function formatEquivalent(equivalent, language) {
  return formatValue({ kind: equivalent.currency ? 'money' : 'quantity', ...equivalent }, language);
}

function formatterFor(figure, locale) {
  const large = Math.abs(figure.valueTo ?? figure.value) >= 1_000_000;
  const compact = large ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : {};
  if (figure.currency) {
    return { format: number(locale, { style: 'currency', currency: figure.currency, maximumFractionDigits: 2, ...compact }),
      suffix: '' };
  }
  if (figure.unit === '%') {
    return { format: number(locale, { style: 'percent', maximumFractionDigits: 2 }), suffix: '' };
  }
  if (figure.unit && INTL_UNITS[figure.unit]) {
    return { format: number(locale, { style: 'unit', unit: INTL_UNITS[figure.unit], unitDisplay: 'short',
      maximumFractionDigits: 2 }), suffix: '' };
  }
  return { format: number(locale, { maximumFractionDigits: 2, ...compact }), suffix: figure.unit ? ` ${figure.unit}` : '' };
}

function number(locale, options) {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // An unknown currency or unit code: still show the number.
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  }
}

function formatDate(figure, locale) {
  const iso = typeof figure.date === 'string' ? figure.date : String(Math.trunc(figure.value));
  const [from, to] = iso.split('/');
  if (to === undefined) {
    return formatPoint(from, locale);
  }
  const a = parts(from);
  const b = parts(to);
  if (a.time || !a.month || !b.month || a.month !== b.month || a.year !== b.year || !a.day || !b.day) {
    return `${formatPoint(from, locale)}–${formatPoint(to, locale)}`;
  }
  // Two days of one month: "7–9 May 2026", "7.–9. Mai 2026".
  const format = new Intl.DateTimeFormat(locale, dateOptions(a));
  const start = utc(a);
  const end = utc(b);
  return typeof format.formatRange === 'function' ? format.formatRange(start, end)
      : `${format.format(start)}–${format.format(end)}`;
}

/** "2025", "2025-06", "2025-06-01", "--05-03" (a day without a year), "T21:30". */
function parts(iso) {
  if (iso.startsWith('T')) {
    const [hour, minute] = iso.slice(1).split(':').map(part => Number.parseInt(part, 10));
    return { time: true, hour, minute };
  }
  const yearless = iso.startsWith('--');
  const [year, month, day] = (yearless ? `0-${iso.slice(2)}` : iso).split('-').map(part => Number.parseInt(part, 10));
  return { year: yearless ? null : year, month, day };
}

function utc(p) {
  // A day without a year is placed in a leap year, so that 29 February exists.
  return new Date(Date.UTC(p.year ?? 2000, (p.month || 1) - 1, p.day || 1));
}

function dateOptions(p) {
  const options = { month: 'long', timeZone: 'UTC' };
  if (p.day) {
    options.day = 'numeric';
  }
  if (p.year !== null) {
    options.year = 'numeric';
  }
  return options;
}

function formatPoint(iso, locale) {
  const p = parts(iso);
  if (p.time) {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
        .format(new Date(Date.UTC(2000, 0, 1, p.hour, p.minute)));
  }
  if (!p.month) {
    // A year is a name of a year, written with its digits only.
    return String(p.year);
  }
  return new Intl.DateTimeFormat(locale, dateOptions(p)).format(utc(p));
}
