/**
 * Bytes of a CSV file to text, whatever saved it: UTF-8 with or without a byte-order mark, or
 * the legacy 8-bit encodings Excel still writes — Windows-1252 on Windows, Mac Roman on older
 * Macs. Valid UTF-8 is taken as UTF-8 (legacy text with accents is almost never valid UTF-8);
 * otherwise both legacy readings are decoded and the more plausible one wins.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'macintosh';

/** The decoded text and the encoding it was read in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding, decided below.
  }
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const windows = iconv.decode(buffer, 'windows-1252');
  const mac = iconv.decode(buffer, 'macintosh');
  return plausibility(mac) > plausibility(windows) ? { text: mac, encoding: 'macintosh' } : { text: windows, encoding: 'windows-1252' };
}

/** Characters frequent in Western European text and in typeset English (curly quotes, dashes). */
const FREQUENT = new Set('’‘“”–—…éèàçüöäôêëïâî«»ÉÀÇ€£°');
/** Other accented letters: plausible, but less telling. */
const PLAUSIBLE = /[\p{Ll}]/u;
/** C1 controls, the replacement character, and symbols that appear in text only by mis-decoding. */
const IMPLAUSIBLE = /[\u0080-\u009f\ufffd∂∑∏π∫ªº≈√∆◊ﬁﬂ‡ˆ˜¯˘˙˚¸˝˛ˇ¬ƒ‰Ω]/u;

/**
 * A score of how natural the non-ASCII characters of `text` look. The telling mistakes are an
 * upper-case letter inside a lower-case word ("governmentÕs" is Mac Roman read as 1252,
 * "rÈsumÈ" is 1252 read as Mac Roman) and symbols no one types in a recommendation.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char.charCodeAt(0) < 0x80) continue;
    if (IMPLAUSIBLE.test(char)) score -= 3;
    else if (isUpperInsideWord(char, text[i - 1])) score -= 3;
    else if (FREQUENT.has(char)) score += 3;
    else if (PLAUSIBLE.test(char)) score += 1;
  }
  return score;
}

function isUpperInsideWord(char: string, before: string | undefined): boolean {
  return char !== char.toLowerCase() && before !== undefined && /\p{Ll}/u.test(before);
}
