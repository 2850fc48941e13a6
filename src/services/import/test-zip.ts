import zlib from 'node:zlib';

/**
 * Test support (not used by the platform): writes a zip by hand, so tests can build archives no honest writer makes —
 * a directory that lies about sizes, an entry the directory does not list — in milliseconds and without large files.
 */
export interface TestZipEntry {
  name: string;
  /** The entry's content, deflated here unless `deflated` is given as is. */
  content?: Buffer;
  deflated?: Buffer;
  /** The uncompressed size written in the headers (defaults to the content's length). */
  declaredSize?: number;
  /** Written as a local entry only, left out of the central directory. */
  hidden?: boolean;
}

export function buildTestZip(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const entry of entries) {
    const data = entry.deflated ?? zlib.deflateRawSync(entry.content ?? Buffer.alloc(0), { level: 9 });
    const size = entry.declaredSize ?? entry.content?.length ?? 0;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    if (!entry.hidden) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(size, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      directory.push(central, name);
      listed += 1;
    }
    offset += 30 + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
