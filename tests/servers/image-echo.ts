// Test servers say what images a request carried, so a browser test can check they arrived whole:
// the reply starts with "got 1 image, 12345 bytes. " (OpenAI image_url parts with data: URLs, or Ollama's
// bare base64 `images`). Requests without images get the reply unchanged.

function decodedBytes(base64: string): number {
  return Buffer.from(base64, 'base64').length;
}

/** The base64 of every data: URL image part in OpenAI `messages`. */
function openAIImages(messages: unknown): string[] {
  if (!Array.isArray(messages)) return [];
  const out: string[] = [];
  for (const message of messages as { content?: unknown }[]) {
    if (!Array.isArray(message?.content)) continue;
    for (const part of message.content as { type?: unknown; image_url?: { url?: unknown } }[]) {
      const url = part?.type === 'image_url' ? part.image_url?.url : undefined;
      const match = typeof url === 'string' ? /^data:[^,]*;base64,(.*)$/s.exec(url) : null;
      if (match?.[1] !== undefined) out.push(match[1]);
    }
  }
  return out;
}

function described(images: string[], reply: string): string {
  if (images.length === 0) return reply;
  const bytes = images.reduce((sum, b64) => sum + decodedBytes(b64), 0);
  return `got ${images.length} image${images.length === 1 ? '' : 's'}, ${bytes} bytes. ${reply}`;
}

/** `reply`, prefixed with what images an OpenAI-style request body carried. */
export function echoOpenAIImages(body: unknown, reply: string): string {
  return described(openAIImages((body as { messages?: unknown } | null)?.messages), reply);
}

/** `reply`, prefixed with what images an Ollama native body carried (`images`, or per message in /api/chat). */
export function echoOllamaImages(body: Record<string, unknown>, reply: string): string {
  const top = Array.isArray(body['images']) ? body['images'] : [];
  const inMessages = Array.isArray(body['messages'])
    ? (body['messages'] as { images?: unknown }[]).flatMap((m) => (Array.isArray(m?.images) ? m.images : []))
    : [];
  return described(
    [...top, ...inMessages].filter((x): x is string => typeof x === 'string'),
    reply,
  );
}
