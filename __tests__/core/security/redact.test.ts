import { describe, expect, it } from '@jest/globals';
import { redactText, urlCredentials } from '../../../src/core/security/redact.js';

describe('redactText', () => {
  it('takes the userinfo out of every URL in a text, whatever the scheme, and keeps git@', () => {
    const text = 'Re-locked with `uv lock --default-index http://bot:S3CRET@127.0.0.1:1/simple` and https://ghp_abcdefghijklmnopqrstuvwxyz@github.com/x; git+ssh://git@github.com/a/b';
    const out = redactText(text);
    expect(out).not.toContain('S3CRET');
    expect(out).not.toContain('ghp_');
    expect(out).toContain('http://***@127.0.0.1:1/simple');
    expect(out).toContain('git+ssh://git@github.com/a/b');
  });

  it('replaces remembered secret values wherever they appear, longest first, ignoring tiny ones', () => {
    expect(redactText('token=abcd1234 and abcd1234-long and ok', ['abcd1234', 'abcd1234-long', 'ok'])).toBe('token=*** and *** and ok');
  });
});

describe('urlCredentials', () => {
  it('gives the password raw and decoded, a token-sized user name, nothing for a plain user', () => {
    expect(urlCredentials('https://bot:p%40ss@h/simple')).toEqual(['p%40ss', 'p@ss']);
    expect(urlCredentials('https://ghp_abcdefghijklmnopqrstuvwxyz@github.com')).toEqual(['ghp_abcdefghijklmnopqrstuvwxyz']);
    expect(urlCredentials('https://octocat@github.com')).toEqual([]);
    expect(urlCredentials('not a url')).toEqual([]);
  });
});
