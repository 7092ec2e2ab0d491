// The test servers' multipart/form-data parser, against bodies built by hand and by the platform's FormData.
import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from './multipart.ts';

async function encode(form: FormData): Promise<{ type: string; body: Buffer }> {
  const request = new Request('http://x.invalid/', { method: 'POST', body: form });
  return { type: request.headers.get('content-type') ?? '', body: Buffer.from(await request.arrayBuffer()) };
}

describe('boundaryOf', () => {
  it('reads bare and quoted boundaries and refuses other types', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toBe('a b;c');
    expect(boundaryOf('application/json')).toBeUndefined();
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
    expect(boundaryOf(undefined)).toBeUndefined();
  });
});

describe('parseMultipart', () => {
  it('reads what FormData sends: text fields and a binary file part byte for byte', async () => {
    const audio = new Uint8Array([0, 255, 13, 10, 45, 45, 1, 2, 3, 0x80]);
    const form = new FormData();
    form.append('file', new Blob([audio], { type: 'audio/wav' }), 'voice "1".wav');
    form.append('model', 'whisper-1');
    form.append('language', 'fr');
    const { type, body } = await encode(form);
    const result = parseMultipart(type, body);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.form.fields).toEqual({ model: 'whisper-1', language: 'fr' });
    expect(result.form.files).toHaveLength(1);
    const file = result.form.files[0]!;
    expect(file).toMatchObject({ name: 'file', type: 'audio/wav' });
    expect(file.filename).toContain('voice');
    expect([...file.bytes]).toEqual([...audio]);
  });

  it('keeps an empty file part empty and decodes UTF-8 fields', async () => {
    const form = new FormData();
    form.append('file', new Blob([]), 'empty.webm');
    form.append('prompt', 'naïve café ☕');
    const { type, body } = await encode(form);
    const result = parseMultipart(type, body);
    expect(result.ok && result.form.files[0]?.bytes.length).toBe(0);
    expect(result.ok && result.form.fields['prompt']).toBe('naïve café ☕');
  });

  it('parses a hand-written body with a preamble and a bare name', () => {
    const body = Buffer.from(
      'ignored preamble\r\n--XYZ\r\nContent-Disposition: form-data; name=model\r\n\r\nm1\r\n--XYZ--\r\n',
      'latin1',
    );
    expect(parseMultipart('multipart/form-data; boundary=XYZ', body)).toEqual({
      ok: true,
      form: { fields: { model: 'm1' }, files: [] },
    });
  });

  it('gives a reason for broken bodies instead of throwing', () => {
    const type = 'multipart/form-data; boundary=XYZ';
    expect(parseMultipart('application/json', Buffer.from('{}'))).toMatchObject({ ok: false });
    expect(parseMultipart(type, Buffer.from('no boundary here'))).toMatchObject({ ok: false });
    const unclosed = '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue';
    expect(parseMultipart(type, Buffer.from(unclosed))).toEqual({
      ok: false,
      reason: 'the body ends without the closing boundary',
    });
    const nameless = '--XYZ\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--XYZ--';
    expect(parseMultipart(type, Buffer.from(nameless))).toMatchObject({ ok: false });
    expect(parseMultipart(type, Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="a"'))).toMatchObject({
      ok: false,
    });
  });
});
