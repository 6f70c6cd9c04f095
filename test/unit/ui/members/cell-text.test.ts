import { afterEach, describe, expect, it } from 'vitest';
import fa from '../../../../src/i18n/fa/index';
import { addCatalogue, setLocale } from '../../../../src/i18n/index';
import { cellText } from '../../../../src/ui/members/cell-text';

afterEach(() => setLocale('en'));

describe('a member’s cell as text', () => {
  it('formats numbers, days, date-times and yes / no for the language; empties are blank', () => {
    expect(cellText(1234.5678, 'number')).toBe('1,234.57');
    expect(cellText(-0.5, 'number')).toBe('-0.5');
    expect(cellText('2026-03-07', 'date')).toBe('Mar 7, 2026');
    expect(cellText('2026-03-07T14:05:00', 'date')).toBe('Mar 7, 2026 14:05');
    expect(cellText(true, 'boolean')).toBe('yes');
    expect(cellText(false, 'boolean')).toBe('no');
    expect(cellText(null, 'number')).toBe('');
    expect(cellText(null, 'text')).toBe('');
  });
  it('keeps imported text exactly, markup included (it is shown as text)', () => {
    expect(cellText('<img src=x onerror=alert(1)>', 'text')).toBe('<img src=x onerror=alert(1)>');
    expect(cellText('  Bakı ', 'text')).toBe('  Bakı ');
  });
  it('writes Persian digits in Persian', () => {
    addCatalogue('fa', fa);
    setLocale('fa');
    expect(cellText(1234, 'number')).toBe('۱٬۲۳۴');
    expect(cellText(true, 'boolean')).toBe('بله');
  });
});
