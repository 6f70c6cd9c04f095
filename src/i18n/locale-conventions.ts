// How Azerbaijani, Armenian and Kyrgyz write numbers and dates (CLDR 44), for browsers whose Intl has no data for them.
//
// Debian's Chromium ships a reduced ICU: `hy` and `ky` are not in it, and `az` is claimed but formats with the root
// locale ("2022 M04 25", "5,000.5"). The four other languages (en, tr, fa, ru) are in every browser's ICU, so they
// have no entry here and always go through Intl.

/** A language's number and date conventions, as far as the app uses them. */
export interface Conventions {
  /** Decimal sign. */
  decimal: string;
  /** Thousands separator. */
  group: string;
  /** CLDR minimumGroupingDigits: 2 means 1234 stays ungrouped and 12 345 is grouped. */
  minGrouping: 1 | 2;
  /** The percent sign with its spacing, after the number ("21,3%"). */
  percentSuffix: string;
  /** Short-notation suffixes for thousands, millions, billions, trillions (each with its own leading space). */
  compact: [string, string, string, string];
  /** Month names as a medium date writes them (`MMM`), January first. */
  monthsShort: string[];
  /** Month names as a long date writes them (`MMMM`; Armenian in the genitive), January first. */
  monthsLong: string[];
  /** Date patterns with `{d}` (`{dd}`: two digits), `{M}` (the month name) and `{y}`. */
  medium: string;
  long: string;
}

const NBSP = '\u00a0';

/** The table, by base language. Written from CLDR's az, hy and ky data (numbers.symbols, dateFormats, months). */
export const CONVENTIONS: Record<string, Conventions> = {
  az: {
    decimal: ',', group: '.', minGrouping: 1, percentSuffix: '%',
    compact: ['K', `${NBSP}mln`, `${NBSP}mlrd`, `${NBSP}trln`],
    monthsShort: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    monthsLong: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    medium: '{d} {M} {y}', long: '{d} {M} {y}',
  },
  hy: {
    decimal: ',', group: NBSP, minGrouping: 2, percentSuffix: '%',
    compact: [`${NBSP}հզր`, `${NBSP}մլն`, `${NBSP}մլրդ`, `${NBSP}տրլն`],
    monthsShort: ['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ'],
    monthsLong: ['հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի'],
    medium: '{dd} {M}, {y} թ.', long: '{dd} {M}, {y} թ.',
  },
  ky: {
    decimal: ',', group: NBSP, minGrouping: 1, percentSuffix: '%',
    compact: [`${NBSP}миң`, `${NBSP}млн`, `${NBSP}млд`, `${NBSP}трлн`],
    monthsShort: ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'],
    monthsLong: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    medium: '{y}-ж., {d}-{M}', long: '{y}-ж., {d}-{M}',
  },
};

/** The conventions for a locale tag (`hy-AM` → hy), when the table has them. */
export function conventionsFor(locale: string): Conventions | undefined {
  return CONVENTIONS[locale.toLowerCase().split(/[-_]/)[0]];
}
