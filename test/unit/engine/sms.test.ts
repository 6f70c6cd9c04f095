import { describe, expect, it } from 'vitest';
import { smsInfo } from '../../../src/engine/sms';

describe('SMS length, encoding and parts', () => {
  it.each([
    ['', 'GSM-7', 0, 0],
    ['Hello there', 'GSM-7', 11, 1],
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    ['Price: 10€ [sale] {today} ~ ^|\\', 'GSM-7', 40, 1], // € [ ] { } ~ ^ | \ count two septets each
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['Salam, Şəki!', 'UCS-2', 12, 1], // Azerbaijani ş and ə are not GSM-7
    ['Merhaba Işıl, ğ', 'UCS-2', 15, 1],
    ['سلام مریم', 'UCS-2', 9, 1],
    ['Բարև Անի', 'UCS-2', 8, 1],
    ['Привет, Анна', 'UCS-2', 12, 1],
    ['x'.repeat(70) + 'ş', 'UCS-2', 71, 2],
    ['ş'.repeat(134), 'UCS-2', 134, 2],
    ['ş'.repeat(135), 'UCS-2', 135, 3],
    ['Hi 😀', 'UCS-2', 5, 1], // an emoji is two UTF-16 units
  ])('%j → %s, %i, %i part(s)', (text, encoding, length, parts) => {
    expect(smsInfo(text)).toMatchObject({ encoding, length, parts });
  });

  it('says how much room the last part has', () => {
    expect(smsInfo('Hello').left).toBe(155);
    expect(smsInfo('a'.repeat(161)).left).toBe(145);
    expect(smsInfo('ş').left).toBe(69);
  });
});
