import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { downloadFile, fetchText, NetworkError, retryPolicyFromEnv } from '../../src/adapters/http.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex, SIMPLE_JSON } from '../support/local-index.js';

// A host only the proxy can reach: it forwards every request to the index on loopback, so a request
// for it succeeds only through the proxy.
const PROXY_ONLY_HOST = 'pypi.lockstep.test';

interface ProxiedRequest {
  /** The request line's target: a forward proxy is sent the absolute URI. */
  url: string;
  proxyAuthorization?: string;
}

/** A minimal forward proxy for http:// targets (absolute-URI GETs), as squid answers them. */
class ForwardProxy {
  readonly seen: ProxiedRequest[] = [];
  private constructor(
    private readonly server: Server,
    private readonly upstreamPort: number,
  ) {}

  static async start(upstreamPort: number): Promise<ForwardProxy> {
    const server = createServer();
    const proxy = new ForwardProxy(server, upstreamPort);
    server.on('request', (req, res) => {
      proxy.seen.push({ url: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });
      const target = new URL(req.url ?? '/');
      const headers = { ...req.headers };
      delete headers['proxy-authorization'];
      const upstream = request({ host: '127.0.0.1', port: proxy.upstreamPort, path: target.pathname + target.search, method: req.method, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let index: LocalIndex;
let proxy: ForwardProxy;
let filename: string;
let sha256: string;

// Fast retries; the proxy variables are what each test varies.
const policyFor = (env: NodeJS.ProcessEnv) =>
  retryPolicyFromEnv({ LOCKSTEP_HTTP_ATTEMPTS: '1', LOCKSTEP_HTTP_BACKOFF_MS: '1', LOCKSTEP_HTTP_TIMEOUT_MS: '3000', ...env });

const pageFor = (host: string) => `http://${host}:${new URL(index.url).port}${new URL(index.url).pathname}/proxied-lib/`;

beforeAll(async () => {
  index = await LocalIndex.start();
  const file = index.addWheel({ name: 'proxied-lib', version: '1.0.0' });
  filename = file.filename;
  sha256 = file.sha256;
  proxy = await ForwardProxy.start(Number(new URL(index.url).port));
});

beforeEach(() => {
  index.reset();
  proxy.seen.length = 0;
});

afterAll(async () => {
  await proxy?.close();
  await index?.close();
  cleanupTempDirs();
});

describe('with HTTP_PROXY set', () => {
  it('sends index queries through the proxy, as an absolute-URI request', async () => {
    // undici bypasses no loopback address by default: an empty NO_PROXY proxies 127.0.0.1 too.
    const policy = policyFor({ HTTP_PROXY: proxy.url, NO_PROXY: '' });
    const page = await fetchText(pageFor('127.0.0.1'), { Accept: SIMPLE_JSON }, policy);
    expect(JSON.parse(page.text).files.map((f: { filename: string }) => f.filename)).toEqual([filename]);
    expect(proxy.seen.map((r) => r.url)).toEqual([pageFor('127.0.0.1')]);
  });

  it('reaches a host only the proxy can resolve, and downloads through it with the right checksum', async () => {
    const policy = policyFor({ http_proxy: proxy.url });
    const page = await fetchText(pageFor(PROXY_ONLY_HOST), { Accept: SIMPLE_JSON }, policy);
    expect(JSON.parse(page.text).name).toBe('proxied-lib');

    const target = path.join(makeTempDir('proxy-dl'), filename);
    const download = await downloadFile(index.fileUrl(filename), target, policy, () => {}, 'proxied-lib');
    expect(download.sha256).toBe(sha256);
    expect(proxy.seen.map((r) => r.url)).toEqual([pageFor(PROXY_ONLY_HOST), index.fileUrl(filename)]);
  });

  it('accepts a proxy written without a scheme and sends its credentials as Proxy-Authorization', async () => {
    const withCredentials = proxy.url.replace('http://', 'builder:s3cret@');
    await fetchText(pageFor('127.0.0.1'), {}, policyFor({ HTTP_PROXY: withCredentials }));
    expect(proxy.seen).toEqual([
      { url: pageFor('127.0.0.1'), proxyAuthorization: `Basic ${Buffer.from('builder:s3cret').toString('base64')}` },
    ]);
  });
});

describe('NO_PROXY', () => {
  it('sends a listed host direct', async () => {
    const page = await fetchText(pageFor('127.0.0.1'), {}, policyFor({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1' }));
    expect(page.text).toContain('proxied-lib');
    expect(proxy.seen).toEqual([]);
    expect(index.requests.map((r) => r.path)).toEqual(['/simple/proxied-lib/']);
  });

  it('`*` sends every host direct', async () => {
    await fetchText(pageFor('127.0.0.1'), {}, policyFor({ HTTP_PROXY: proxy.url, no_proxy: '*' }));
    expect(proxy.seen).toEqual([]);
  });

  it.each(['lockstep.test', '.lockstep.test', '*.lockstep.test'])('%s covers subdomains, which then go direct', async (entry) => {
    // Direct, the proxy-only host does not resolve: the request fails without touching the proxy.
    const attempt = fetchText(pageFor(PROXY_ONLY_HOST), {}, policyFor({ HTTP_PROXY: proxy.url, NO_PROXY: entry }));
    await expect(attempt).rejects.toBeInstanceOf(NetworkError);
    expect(proxy.seen).toEqual([]);
  });

  it('leaves other domains on the proxy', async () => {
    await fetchText(pageFor(PROXY_ONLY_HOST), {}, policyFor({ HTTP_PROXY: proxy.url, NO_PROXY: 'other.test,.example.com' }));
    expect(proxy.seen).toHaveLength(1);
  });
});

describe('with no proxy variable set', () => {
  it('goes direct', async () => {
    const policy = policyFor({});
    expect(policy.proxy).toBeUndefined();
    const page = await fetchText(pageFor('127.0.0.1'), {}, policy);
    expect(page.text).toContain('proxied-lib');
    expect(proxy.seen).toEqual([]);
    expect(index.requests).toHaveLength(1);
  });
});
