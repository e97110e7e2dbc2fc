import { fetchText, retryPolicyFromEnv, type RetryPolicy } from './http.js';
import { normalizeName } from '../core/pep/version.js';

export const DEFAULT_INDEX_URL = 'https://pypi.org/simple';

export interface IndexFile {
  filename: string;
  /** Absolute URL (relative hrefs are resolved against the project page). */
  url: string;
  /** The sha256 the index publishes, lowercase hex; undefined when it gives none. */
  sha256?: string;
  yanked?: boolean;
}

/** What the bots read besides (only from `releaseFiles`, so `projectFiles` keeps its shape). */
export interface IndexReleaseFile extends IndexFile {
  /** PEP 592 reason when the index gives one (`yanked: "reason"` / `data-yanked="reason"`). */
  yankedReason?: string;
  /** The file's `requires-python` (PEP 503 `data-requires-python`, PEP 691 `requires-python`), when given. */
  requiresPython?: string;
  /** PEP 700 `upload-time` (ISO 8601), JSON pages only. */
  uploadTime?: string;
}

export interface PackageIndex {
  readonly url: string;
  /** Every file of a project, from its Simple API page. */
  projectFiles(project: string): Promise<IndexFile[]>;
}

/** PEP 503 name normalisation (the index URL path), shared with the core. */
export { normalizeName as normalizeProjectName };

const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

/**
 * A Simple Repository API client: asks for PEP 691 JSON and reads PEP 503 HTML when that is what the
 * index serves (older mirrors, plain static file servers). Timeouts and retries come from http.ts.
 */
export class SimpleApiIndex implements PackageIndex {
  readonly url: string;

  constructor(
    url: string = DEFAULT_INDEX_URL,
    private readonly policy: RetryPolicy = retryPolicyFromEnv(),
    private readonly log: (message: string) => void = () => {},
  ) {
    this.url = url.replace(/\/+$/, '');
  }

  async projectFiles(project: string): Promise<IndexFile[]> {
    return this.readProjectPage(project, false);
  }

  /** Every file with what choosing a version needs: yanked reason, requires-python, upload time. */
  async releaseFiles(project: string): Promise<IndexReleaseFile[]> {
    return this.readProjectPage(project, true);
  }

  private async readProjectPage(project: string, details: boolean): Promise<IndexReleaseFile[]> {
    const pageUrl = `${this.url}/${normalizeName(project)}/`;
    const page = await fetchText(pageUrl, { Accept: ACCEPT }, this.policy, this.log);
    const files = /json/i.test(page.contentType) ? parseJsonProjectPage(page.text, page.url, details) : parseHtmlProjectPage(page.text, page.url, details);
    return files.map((file) => ({ ...file, url: withIndexCredentials(file.url, this.url) }));
  }
}

/**
 * A file URL with the index URL's credentials when it is on the index's own origin (scheme, host and
 * port), as uv and pip send them: the page's relative links (`../../files/x.whl`) would otherwise be
 * downloaded without them and fail 401. A file on another origin (a CDN, anyone the page links to)
 * never gets them; credentials the link itself carries are its own and are kept.
 */
export function withIndexCredentials(fileUrl: string, indexUrl: string): string {
  let file: URL;
  let index: URL;
  try {
    file = new URL(fileUrl);
    index = new URL(indexUrl);
  } catch {
    return fileUrl;
  }
  if (!(index.username || index.password) || file.username || file.password || file.origin !== index.origin) return fileUrl;
  file.username = index.username;
  file.password = index.password;
  return file.href;
}

interface JsonProjectPage {
  files?: {
    filename?: string;
    url?: string;
    hashes?: Record<string, string>;
    yanked?: boolean | string;
    'requires-python'?: string | null;
    'upload-time'?: string | null;
  }[];
}

/** PEP 691: `{"files": [{"filename", "url", "hashes": {"sha256"}, "yanked", "requires-python", "upload-time"}]}`. */
export function parseJsonProjectPage(text: string, pageUrl: string, details = false): IndexReleaseFile[] {
  const page = JSON.parse(text) as JsonProjectPage;
  return (page.files ?? [])
    .filter((f) => typeof f.filename === 'string' && typeof f.url === 'string')
    .map((f) => {
      const file: IndexReleaseFile = {
        filename: f.filename!,
        url: new URL(f.url!, pageUrl).href,
        sha256: f.hashes?.sha256?.toLowerCase(),
        yanked: Boolean(f.yanked),
      };
      if (!details) return file;
      if (typeof f.yanked === 'string' && f.yanked !== '') file.yankedReason = f.yanked;
      if (typeof f['requires-python'] === 'string' && f['requires-python'].trim() !== '') file.requiresPython = f['requires-python'].trim();
      if (typeof f['upload-time'] === 'string') file.uploadTime = f['upload-time'];
      return file;
    });
}

/** PEP 503: `<a href="url#sha256=hex" data-yanked>filename</a>`, hash in the URL fragment. */
export function parseHtmlProjectPage(html: string, pageUrl: string, details = false): IndexReleaseFile[] {
  const files: IndexReleaseFile[] = [];
  const anchor = /<a\s([^>]*)>([^<]*)<\/a>/gi;
  for (const m of html.matchAll(anchor)) {
    const attrs = m[1] ?? '';
    const href = /href\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    const rawHref = decodeEntities(href?.[2] ?? href?.[3] ?? '');
    if (!rawHref) continue;
    const url = new URL(rawHref, pageUrl);
    const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = '';
    const filename = decodeEntities((m[2] ?? '').trim()) || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const file: IndexReleaseFile = { filename, url: url.href, sha256, yanked: /data-yanked/i.test(attrs) };
    if (!details) {
      files.push(file);
      continue;
    }
    const yankedReason = attribute(attrs, 'data-yanked');
    if (yankedReason) file.yankedReason = yankedReason;
    const requiresPython = attribute(attrs, 'data-requires-python');
    if (requiresPython) file.requiresPython = requiresPython;
    files.push(file);
  }
  return files;
}

/** An attribute's entity-decoded value (`name="..."` or `name='...'`), or undefined. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  const value = m ? decodeEntities(m[2] ?? m[3] ?? '').trim() : '';
  return value === '' ? undefined : value;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}
