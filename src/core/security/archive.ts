/**
 * Archive entries that would land outside the folder they are unpacked into ("zip-slip"): absolute
 * paths, drive letters, `..` segments, backslashes (a separator on Windows), and symbolic links (a link
 * to `/home/runner` followed by a file under it writes there). Read from the zip's central directory,
 * before any extraction tool sees the archive, so the refusal says what is wrong.
 */

/** Whether an archive member path stays inside the extraction folder. */
export function isSafeMemberPath(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return !name.split('/').some((segment) => segment === '..');
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** The unsafe members of a zip (names, with `(symlink)` for links); throws when the zip cannot be read. */
export function unsafeZipMembers(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const unsafe: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL) throw new Error('a zip central-directory entry is damaged');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const madeBy = view.getUint16(offset + 4, true) >> 8;
    const mode = view.getUint32(offset + 38, true) >>> 16;
    const name = decoder.decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    // Unix-made entries (host 3) carry the file mode: a symlink could point anywhere.
    const symlink = madeBy === 3 && (mode & S_IFMT) === S_IFLNK;
    if (!isSafeMemberPath(name)) unsafe.push(name);
    else if (symlink) unsafe.push(`${name} (symlink)`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return unsafe;
}
