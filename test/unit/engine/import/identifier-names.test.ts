// Column names that say a number column holds identifiers, in the seven languages: they stay text on import.

import { describe, expect, it } from 'vitest';
import { isIdentifierName } from '../../../../src/engine/import/identifier-names';

describe('isIdentifierName', () => {
  it.each([
    'ZipCode', 'zip_code', 'Zip', 'Postal Code', 'postcode', 'PLZ', 'phone_number', 'customerPhone', 'Mobile', 'Fax',
    'GSM', 'WhatsApp', 'SSN', 'uuid', 'EAN', 'SKU', 'IBAN',
    'Poçt indeksi', 'poçt kodu', 'Telefon nömrəsi', 'Mobil', 'VÖEN', // Azerbaijani
    'Posta Kodu', 'Cep telefonu', 'TC Kimlik No', 'Vergi No', // Turkish
    'کد پستی', 'کدپستی', 'شماره تلفن', 'شماره تماس', 'کد ملی', // Persian
    'Փոստային ինդեքս', 'Հեռախոս', 'Բջջային', // Armenian
    'Почтовый индекс', 'Индекс', 'Телефон', 'ИНН', 'СНИЛС', // Russian
    'Почта индекси', 'Телефон номери', // Kyrgyz
  ])('reads %s as an identifier', (name) => expect(isIdentifierName(name)).toBe(true));

  it.each([
    'Income', 'MonthlyCharges', 'tenure', 'Kidhome', 'Recency', 'telco_score', 'Mean spend', 'Zipper sales', 'Capital',
    'Gəlir', 'Yaş', 'Gelir', 'درآمد', 'Եկամուտ', 'Доход', 'Киреше', 'postage_cost',
  ])('reads %s as a quantity', (name) => expect(isIdentifierName(name)).toBe(false));
});
