// How a number column's cells are written, judged by the column's name: identifiers (ZipCode, phone, id) without
// thousands separators, latitude and longitude with all their decimals, other numbers to two decimals.

import { isIdentifierName } from '../../engine/import/identifier-names';

/** Coordinates in the seven languages: their decimals are metres, so none is rounded away. */
const COORDINATE = /(^|[^\p{L}])(lat|lng|lon|long|latitude|longitude|enlem|boylam|enlik|uzunluq|широта|долгота|кеңдик|узундук|լայնություն|երկայնություն|عرض جغرافیایی|طول جغرافیایی)($|[^\p{L}])/u;
/** An id among other words (customer_id, CustomerID, Row ID): a number that names someone, never a quantity. */
const ID = /(^|[^\p{L}\p{N}])(id|ids|no|nr|№)($|[^\p{L}\p{N}])/u;

/** The words of a column name, lower case: CustomerID → customer id, Lat_Long → lat long. */
function words(name: string): string {
  return name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** Intl options for the cells of the number column `name`. */
export function numberStyle(name: string): Intl.NumberFormatOptions {
  const w = words(name);
  if (isIdentifierName(name) || ID.test(w)) return { useGrouping: false, maximumFractionDigits: 20 };
  if (COORDINATE.test(w)) return { maximumFractionDigits: 10 };
  return { maximumFractionDigits: 2 };
}
