// Renders a key figure's normalized value in the target locale with Intl, and names its qualifier.

const LOCALES = { de: 'de-DE', en: 'en-GB' };

const QUALIFIERS = {
  en: { exact: '', about: 'about', more_than: 'more than', at_least: 'at least', less_than: 'less than', up_to: 'up to' },
  de: { exact: '', about: 'rund', more_than: 'mehr als', at_least: 'mindestens', less_than: 'weniger als', up_to: 'bis zu' },
};

const KINDS = { count: 'Count', quantity: 'Quantity', money: 'Money', percent: 'Share', date: 'Date', range: 'Range' };

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

/** What the figure measures, for the card's kicker. */
export function kindName(kind) {
  return KINDS[kind] ?? kind;
}

/** The value (and upper bound of a range) formatted for the target locale, without the qualifier. */
export function formatValue(figure, language) {
  const locale = localeOf(language);
  if (figure.kind === 'date' || (figure.date && figure.kind !== 'range')) {
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
  const [year, month, day] = iso.split('-').map(part => Number.parseInt(part, 10));
  if (!month) {
    return String(year);
  }
  const when = new Date(Date.UTC(year, month - 1, day || 1));
  const options = day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(when);
}
