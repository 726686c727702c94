import * as assert from 'node:assert/strict';
import { hex, jsonOf, PublishCancelled, redact, retryAfterMilliseconds, serverSays, utf8 } from '../../src/core/publish/http';

/** A response holding this body, as `fetch` gives one. */
const responseOf = (body: string) => ({ status: 200, headers: { get: () => null }, text: async () => body });

suite('Publishing: bytes and bodies on the wire', () => {
  test('UTF-8 bytes are the platform encoder\'s, at every length boundary and for lone surrogates', () => {
    const samples = ['\x00\x7f', '\x80\u07ff', '\u0800\ud7ff', '\ue000\uffff', '\u{10000}\u{10ffff}', 'lone \ud800 and \udfff', '\udbff\udc00', 'Fine — “quoted” 🧵'];
    for (const sample of samples) assert.deepEqual([...utf8(sample)], [...new TextEncoder().encode(sample)], JSON.stringify(sample));
  });

  test('hex is two lower-case digits a byte, as Node writes it', () => {
    const bytes = Uint8Array.from([0, 9, 10, 15, 16, 171, 255]);
    assert.equal(hex(bytes), Buffer.from(bytes).toString('hex'));
  });

  test('only a JSON object is a body: arrays, null, strings and HTML pages are not', async () => {
    assert.deepEqual(await jsonOf(responseOf('{"error":"x"}')), { error: 'x' });
    for (const body of ['[{"error":"x"}]', 'null', '"error"', '42', '<html>502</html>', '']) assert.equal(await jsonOf(responseOf(body)), undefined, body);
  });

  test('a server\'s words: error, message and description joined, nothing when there is no body, 300 characters at most', () => {
    assert.equal(serverSays(undefined, []), '');
    assert.equal(serverSays({ error: 'InvalidRequest', message: '', error_description: 'Bad input' }, []), 'InvalidRequest: Bad input');
    assert.equal(serverSays({ error: 42, message: 'Only this' }, []), 'Only this');
    assert.equal(serverSays({ message: 'x'.repeat(400) }, []).length, 300);
  });

  test('secrets of four characters or more are redacted, every time they appear; shorter ones are left, not to blank the text', () => {
    assert.equal(redact('key abcd and abcd, not abc', ['abcd', 'abc']), 'key *** and ***, not abc');
    assert.equal(redact('nothing to hide', []), 'nothing to hide');
  });

  test('server messages never carry a secret, and Retry-After is read in both forms', () => {
    const token = 'tok_9f8e7d6c5b4a';
    assert.strictEqual(serverSays({ error: `Bearer ${token} is invalid` }, [token]), 'Bearer *** is invalid');
    assert.strictEqual(redact(`a ${token} b ${token}`, [token]), 'a *** b ***');
    const now = new Date('2026-12-01T12:00:00Z');
    assert.strictEqual(retryAfterMilliseconds('3', now), 3000);
    assert.strictEqual(retryAfterMilliseconds('Tue, 01 Dec 2026 12:00:05 GMT', now), 5000);
    assert.strictEqual(retryAfterMilliseconds('86400', now), 60_000);
    assert.strictEqual(retryAfterMilliseconds(null, now), 1000);
  });

  test('a cancelled run says so', () => {
    assert.equal(new PublishCancelled().message, 'Publishing was cancelled.');
  });
});
