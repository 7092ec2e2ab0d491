// Fixes for a model that refused image input: a vision model the same server lists, else how to get one.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';

const GET_ONE: Partial<Record<ServerKind, Fix>> = {
  ollama: {
    title: 'Download a vision model into Ollama',
    text: 'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.',
    commands: [{ label: 'Download a vision model', command: 'ollama pull gemma3', platform: 'any' }],
  },
  llamacpp: {
    title: 'Start llama-server with the vision projector',
    text: 'llama-server reads images only when the model comes with its multimodal projector: add --mmproj <file> (or load the model with -hf, which fetches it).',
  },
  vllm: {
    title: 'Serve a multimodal model',
    text: 'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).',
  },
  lmstudio: {
    title: 'Load a vision model in LM Studio',
    text: 'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).',
  },
};

export function visionFixes(kind: ServerKind | undefined, model: string | undefined, candidates: string[]): Fix[] {
  const name = model ? `"${model}"` : 'This model';
  const fixes: Fix[] = [];
  if (candidates.length > 0) {
    const shown = candidates.slice(0, 3).map((id) => `"${id}"`);
    const more = candidates.length > 3 ? ` and ${candidates.length - 3} more` : '';
    fixes.push({
      title: `Use ${shown[0]} or another model that can see`,
      text: `${name} does not take images. This server also lists ${shown.join(', ')}${more}, which can: pick one in the model picker and send again.`,
    });
  } else {
    fixes.push(
      GET_ONE[kind ?? 'other'] ?? {
        title: 'Use a model that can see images',
        text: `${name} does not take images, and ${serverName(kind)} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.`,
      },
    );
  }
  fixes.push({
    title: 'Or send the message without the image',
    text: `${name} can still answer the text: edit the message and remove the image.`,
  });
  return fixes;
}
