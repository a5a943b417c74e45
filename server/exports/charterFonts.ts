/**
 * The fonts embedded in `charter.pdf`: DejaVu Sans (Bitstream Vera licence, free to embed and
 * redistribute), shipped in the `dejavu-fonts-ttf` npm package. It covers Latin and Cyrillic,
 * including Mongolian Cyrillic's Ө and Ү, which PDF's 14 standard fonts do not; nothing is
 * downloaded at run time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Paths of the regular and bold TrueType files. */
export const CHARTER_FONTS = {
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;
