// Column names that say the values are identifiers (postal codes, phone numbers …): such a column stays text even
// when every value is a number, since 06824 and 6824 are different codes and nobody adds up phone numbers.

/** Name parts, lower case, in the seven languages of the app; matched as whole words of the column name. */
const WORDS = [
  'zip', 'zipcode', 'zip code', 'postcode', 'post code', 'postal code', 'postal', 'postalcode', 'plz',
  'phone', 'telephone', 'tel', 'mobile', 'msisdn', 'iccid', 'imei', 'iban',
  'cellphone', 'cell phone', 'fax', 'gsm', 'whats app', 'ssn', 'uuid', 'guid', 'ean', 'upc', 'isbn', 'sku',
  'poçt indeksi', 'poçt kodu', 'indeks', 'telefon', 'mobil', 'vöen', 'fin kod',
  'posta kodu', 'cep', 'tc kimlik', 'kimlik no', 'vergi no',
  'کد پستی', 'کدپستی', 'تلفن', 'موبایل', 'شماره تماس', 'کد ملی', 'کدملی',
  'փոստային ինդեքս', 'ինդեքս', 'հեռախոս', 'բջջային',
  'индекс', 'почтовый индекс', 'почтовый код', 'телефон', 'мобильный', 'инн', 'снилс',
  'почта индекси',
];

const PATTERN = new RegExp(`(^|[^\\p{L}\\p{N}])(${WORDS.map((w) => w.replace(/ /g, '[ _.-]?')).join('|')})($|[^\\p{L}\\p{N}])`, 'u');

/** Whether a column of this name holds identifiers (ZipCode, Postal Code, phone_number, Телефон …). */
export function isIdentifierName(name: string): boolean {
  // camelCase parts become words: ZipCode → zip code, customerPhone → customer phone.
  const words = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
  return PATTERN.test(words);
}
