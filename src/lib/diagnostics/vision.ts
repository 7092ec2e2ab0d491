// Facts for the "model cannot see images" cause: whether a failed request carried images, whether the
// server's error body is about image input, and which listed models of the same server can see.
import type { RequestRecord } from '../providers/errors.ts';
import type { ModelInfo } from '../providers/types.ts';
import { isRecord } from '../util/is-record.ts';

/** Words in an error message that put it about image input (one signal among status and request). */
const IMAGE_WORDS = /\b(images?|image_url|image input|vision|multi-?modal|mmproj|clip)\b/i;

/** Image problems that are not a missing vision ability (too many or too big images, bad image data). */
const OTHER_IMAGE_PROBLEMS =
  /\b(single image|per message|too (large|big|many)|base64|decod\w*|dimensions?|resolution)\b/i;

/** Model ids (and Ollama families) of models that take images. */
const VISION_IDS =
  /vision|llava|bakllava|[-_.:/]vl\b|\bvl[-_]|vl\d|qwen[\d.]*-?vl|gemma-?3|pixtral|moondream|minicpm-?v|internvl|smolvlm|idefics|paligemma|mllama|granite[\d.]*-vision|gpt-4o|gpt-4\.1|gpt-5|claude-3|claude-(sonnet|opus|haiku)-4/i;
const VISION_FAMILIES = new Set(['mllama', 'llava', 'clip', 'gemma3', 'qwen25vl', 'qwen2vl', 'qwen3vl', 'mistral3']);

function partIsImage(part: unknown): boolean {
  return isRecord(part) && (part.type === 'image_url' || part.type === 'input_image' || part.type === 'image');
}

function messageHasImage(message: unknown): boolean {
  if (!isRecord(message)) return false;
  if (Array.isArray(message.images) && message.images.length > 0) return true;
  return Array.isArray(message.content) && message.content.some(partIsImage);
}

/**
 * True when the request sent images: OpenAI image parts, Ollama's `images` (generate) or per-message
 * `images` (chat). A recorded body can be cut short (a big image): then its text is searched for them.
 */
export function requestCarriedImages(request: RequestRecord): boolean {
  const body = request.body;
  if (!body) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return /"type"\s*:\s*"image_url"|"images"\s*:\s*\[\s*"|"url"\s*:\s*"data:image\//.test(body);
  }
  if (!isRecord(parsed)) return false;
  if (Array.isArray(parsed.images) && parsed.images.length > 0) return true;
  return Array.isArray(parsed.messages) && parsed.messages.some(messageHasImage);
}

/** The server's error message or code speaks of images, vision or multimodal input. */
export function aboutImageInput(message: string | undefined, code: string | undefined): boolean {
  const text = `${message ?? ''} ${(code ?? '').replace(/_/g, ' ')}`;
  return IMAGE_WORDS.test(text) && !OTHER_IMAGE_PROBLEMS.test(text);
}

export function canSee(model: ModelInfo): boolean {
  return VISION_IDS.test(model.id) || VISION_FAMILIES.has((model.details?.family ?? '').toLowerCase());
}

/** Listed models that take images, other than the one that refused. */
export function visionModels(models: readonly ModelInfo[] | undefined, refused: string | undefined): string[] {
  return (models ?? []).filter((m) => m.id !== refused && canSee(m)).map((m) => m.id);
}
