// SMS length: GSM-7 (with its extension table) or UCS-2, and how many parts a message takes.

const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const BASIC = new Set(GSM_BASIC);
const EXTENDED = new Set(GSM_EXTENDED);

export interface SmsInfo {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
  length: number;
  parts: number;
  /** Room left in the last part. */
  left: number;
}

/** Encoding, length and parts of an SMS: 160 / 153 per part in GSM-7, 70 / 67 in UCS-2. */
export function smsInfo(text: string): SmsInfo {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENDED.has(ch)) septets += 2;
    else { gsm = false; break; }
  }
  const [length, single, multi] = gsm ? [septets, 160, 153] : [text.length, 70, 67];
  const parts = length === 0 ? 0 : length <= single ? 1 : Math.ceil(length / multi);
  const left = parts <= 1 ? single - length : parts * multi - length;
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', length, parts, left };
}
