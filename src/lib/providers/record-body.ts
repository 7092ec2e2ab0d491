// How a request body appears in a RequestRecord (errors, the inspector): text capped; a multipart form
// described part by part (names, text values, file names, types and sizes), never its bytes.

const RECORDED_REQUEST_BODY_CAP = 32 * 1024;

export function recordedBody(body: string | FormData): string {
  if (typeof body !== 'string') return describeForm(body);
  return body.length > RECORDED_REQUEST_BODY_CAP
    ? `${body.slice(0, RECORDED_REQUEST_BODY_CAP)}… [${body.length - RECORDED_REQUEST_BODY_CAP} more characters not recorded]`
    : body;
}

/** One line per part, e.g. `file: "recording.webm" (audio/webm, 18342 bytes)` and `model: whisper-1`. */
export function describeForm(form: FormData): string {
  const lines: string[] = ['multipart/form-data'];
  form.forEach((value, name) => {
    if (typeof value === 'string') lines.push(`${name}: ${value.length > 200 ? `${value.slice(0, 200)}…` : value}`);
    else lines.push(`${name}: ${JSON.stringify(value.name)} (${value.type || 'no type'}, ${value.size} bytes)`);
  });
  return lines.join('\n');
}
