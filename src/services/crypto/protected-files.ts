import fs from 'node:fs';
import path from 'node:path';
import { decryptBytes, encryptBytes, type DataKeyRing } from './data-cipher.ts';

/**
 * Files that hold personal data (staged uploads, rejection files, attachments): encrypted with the data
 * key ring, readable by the platform's account only (files 0600, directories 0700). Files written before encryption
 * are still read as they are (decryptBytes passes plaintext through).
 */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and leaves existing directories alone.
  fs.chmodSync(dir, 0o700);
}

export function writeProtectedFile(
  file: string,
  content: Buffer,
  ring: DataKeyRing,
  options: { flag?: 'w' | 'wx' } = {},
): void {
  makePrivateDir(path.dirname(file));
  fs.writeFileSync(file, encryptBytes(content, ring), { mode: 0o600, flag: options.flag ?? 'w' });
  fs.chmodSync(file, 0o600);
}

export function readProtectedFile(file: string, ring: DataKeyRing): Buffer {
  return decryptBytes(fs.readFileSync(file), ring);
}
