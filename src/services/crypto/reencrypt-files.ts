import fs from 'node:fs';
import path from 'node:path';
import { decryptBytes, isCurrentBytes, type DataKeyRing } from './data-cipher.ts';
import { writeProtectedFile } from './protected-files.ts';

/**
 * The folders of the data directory whose files hold personal data: attachments, and the staged uploads and rejection
 * files earlier versions kept there (now in the store: reencrypt-import-files.ts).
 */
const PROTECTED_FOLDERS = ['attachments', path.join('imports', 'uploads'), path.join('imports', 'rejections')];

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Rewrites every protected file not yet under the current key: files under an older key after a rotation, and files
 * written in plaintext before encryption (the migration path). Each file is replaced whole, owner-only.
 */
export function reencryptFiles(
  dataDir: string,
  ring: DataKeyRing,
  onProgress?: (done: number) => void,
): { checked: number; rewritten: number } {
  let checked = 0;
  let rewritten = 0;
  for (const folder of PROTECTED_FOLDERS) {
    for (const file of walk(path.join(dataDir, folder))) {
      checked += 1;
      const content = fs.readFileSync(file);
      if (!isCurrentBytes(content, ring)) {
        const temporary = `${file}.reencrypting`;
        writeProtectedFile(temporary, decryptBytes(content, ring), ring);
        fs.renameSync(temporary, file);
        rewritten += 1;
      }
      if (checked % 100 === 0) onProgress?.(checked);
    }
  }
  return { checked, rewritten };
}
