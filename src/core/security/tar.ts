/**
 * A streaming reader of tar headers (ustar, pax `x` records, GNU long names) that lists members
 * without extracting anything, and the rule for which members may be unpacked into a folder: no
 * absolute or `..` paths, symlinks and hard links that stay inside it, no devices or FIFOs. A planted
 * archive whose top-level directory is a symlink to `/home/runner` would otherwise make every later
 * write "into" the restored folder land outside it.
 */
import path from 'node:path';

export interface TarMember {
  name: string;
  /** The ustar type flag: '0'/'\0' file, '1' hard link, '2' symlink, '3'/'4' device, '5' directory, '6' FIFO. */
  type: string;
  linkname: string;
}

const BLOCK = 512;

function cString(block: Uint8Array, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return Buffer.from(end < 0 ? slice : slice.subarray(0, end)).toString('utf8');
}

function numberField(block: Uint8Array, start: number, length: number): number {
  // GNU base-256 for sizes of 8 GiB and more.
  if (block[start]! & 0x80) {
    let value = block[start]! & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i]!;
    return value;
  }
  const text = cString(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number(data.subarray(offset, space).toString('ascii'));
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}

/** Feed it the archive's (decompressed) bytes in chunks; `members` lists what it holds, in order. */
export class TarScanner {
  readonly members: TarMember[] = [];
  private buffered = Buffer.alloc(0);
  /** Data bytes of the current member still to skip (or collect, for pax/long-name records). */
  private remaining = 0;
  private collecting: { kind: string; chunks: Buffer[]; size: number } | null = null;
  private next: { path?: string; linkpath?: string } = {};

  push(chunk: Uint8Array): void {
    this.buffered = this.buffered.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, this.buffered.length);
        if (take === 0) return;
        if (this.collecting) this.collecting.chunks.push(this.buffered.subarray(0, take));
        this.buffered = this.buffered.subarray(take);
        this.remaining -= take;
        if (this.remaining > 0) return;
        if (this.collecting) this.finishCollecting();
        continue;
      }
      if (this.buffered.length < BLOCK) return;
      const header = this.buffered.subarray(0, BLOCK);
      this.buffered = this.buffered.subarray(BLOCK);
      if (header.every((b) => b === 0)) continue; // end-of-archive blocks
      this.readHeader(header);
    }
  }

  private readHeader(header: Uint8Array): void {
    const size = numberField(header, 124, 12);
    const type = String.fromCharCode(header[156]!);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'L' || type === 'K') {
      this.collecting = { kind: type, chunks: [], size };
      this.remaining = padded;
      if (padded === 0) this.finishCollecting();
      return;
    }
    const ustar = cString(header, 257, 6).startsWith('ustar');
    const prefix = ustar ? cString(header, 345, 155) : '';
    const short = cString(header, 0, 100);
    const name = this.next.path ?? (prefix ? `${prefix}/${short}` : short);
    const linkname = this.next.linkpath ?? cString(header, 157, 100);
    this.next = {};
    if (type !== 'g') this.members.push({ name, type: type === '\0' ? '0' : type, linkname });
    this.remaining = type === '1' || type === '2' || type === '5' ? 0 : padded;
  }

  private finishCollecting(): void {
    const { kind, chunks, size } = this.collecting!;
    this.collecting = null;
    const data = Buffer.concat(chunks).subarray(0, size);
    if (kind === 'x') {
      const records = paxRecords(data);
      if (records.path !== undefined) this.next.path = records.path;
      if (records.linkpath !== undefined) this.next.linkpath = records.linkpath;
    } else {
      const text = data.toString('utf8').replace(/\0.*$/s, '');
      if (kind === 'L') this.next.path = text;
      else this.next.linkpath = text;
    }
  }
}

/** A member path relative to the extraction folder, normalised; null when it is absolute or climbs out. */
function insideRelative(name: string): string | null {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return null;
  const normal = path.posix.normalize(name);
  if (normal === '..' || normal.startsWith('../')) return null;
  return normal;
}

/**
 * Why a member must not be unpacked into `root` (the absolute extraction folder), or null when it may:
 * a path outside, a hard link to outside, a symlink whose target (relative to the link, or absolute)
 * leaves `root`, or a device / FIFO.
 */
export function unsafeTarMember(member: TarMember, root: string): string | null {
  const where = insideRelative(member.name);
  if (where === null) return `${member.name}: a path outside the folder`;
  if (member.type === '3' || member.type === '4' || member.type === '6') return `${member.name}: a device or FIFO`;
  if (member.type === '1' && insideRelative(member.linkname) === null) return `${member.name}: a hard link to ${member.linkname}, outside the folder`;
  if (member.type === '2') {
    const target = member.linkname;
    if (target.startsWith('/')) {
      const rel = path.posix.relative(root, path.posix.normalize(target));
      if (rel === '..' || rel.startsWith('../') || path.posix.isAbsolute(rel)) return `${member.name}: a symlink to ${target}, outside the folder`;
    } else if (insideRelative(path.posix.join(path.posix.dirname(where), target)) === null) {
      return `${member.name}: a symlink to ${target}, outside the folder`;
    }
  }
  return null;
}
