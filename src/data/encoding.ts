/**
 * A CSV's bytes → its text, only if they are UTF-8 (a byte-order mark is
 * allowed). A file saved in another encoding would publish replacement
 * characters on every page that shows it, so it fails here, naming the
 * encoding it most likely is and the command that converts it.
 */
import { DataError } from './errors.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function convert(file: string, from: string): string {
  return `convert it with: iconv -f ${from} -t UTF-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}`;
}

function looksUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // ASCII text in UTF-16 has a zero byte beside nearly every letter.
  const sample = bytes.subarray(0, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((b, i) => {
    if (b === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  });
  if (oddZeros > sample.length / 4) return 'UTF-16LE';
  if (evenZeros > sample.length / 4) return 'UTF-16BE';
  return null;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

export function decodeCsv(bytes: Uint8Array, file: string): string {
  const utf16 = looksUtf16(bytes);
  if (utf16) throw new DataError({ file, line: 1, reason: `the file is encoded as ${utf16}, not UTF-8; ${convert(file, utf16)}` });
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = lineOfByte(bytes, at);
    let gb: string | null = null;
    try {
      gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      gb = null;
    }
    if (gb !== null && /\p{Script=Han}/u.test(gb)) {
      throw new DataError({ file, line, reason: `the file is not UTF-8: it reads as GBK/GB18030 (Chinese Windows' default); ${convert(file, 'GB18030')}` });
    }
    throw new DataError({ file, line, reason: `the file is not valid UTF-8 (byte ${at + 1} starts no UTF-8 character); save it as UTF-8` });
  }
}
