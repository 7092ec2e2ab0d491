// Fixes for a model that refused image input: a vision model the same server lists, else how to get one.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { tr } from '../../i18n/active-language.ts';

/** How to get a vision model on servers where that takes a known step; written when shown. */
function getOne(kind: ServerKind | undefined): Fix | undefined {
  switch (kind) {
    case 'ollama':
      return {
        title: tr('Download a vision model into Ollama'),
        text: tr('Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.'),
        commands: [{ label: tr('Download a vision model'), command: 'ollama pull gemma3', platform: 'any' }],
      };
    case 'llamacpp':
      return {
        title: tr('Start llama-server with the vision projector'),
        text: tr(
          'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).',
          { option: '--mmproj <file>', hf: '-hf' },
        ),
      };
    case 'vllm':
      return {
        title: tr('Serve a multimodal model'),
        text: tr('vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).'),
      };
    case 'lmstudio':
      return {
        title: tr('Load a vision model in LM Studio'),
        text: tr('Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).'),
      };
    default:
      return undefined;
  }
}

function alsoListed(model: string | undefined, candidates: string[]): string {
  const models = candidates
    .slice(0, 3)
    .map((id) => `"${id}"`)
    .join(', ');
  const count = candidates.length - 3;
  if (count > 0) {
    const params = { model: model ?? '', models, count };
    return model
      ? tr(
          {
            one: '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.',
            other:
              '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.',
          },
          params,
        )
      : tr(
          {
            one: 'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.',
            other:
              'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.',
          },
          params,
        );
  }
  return model
    ? tr(
        '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.',
        { model, models },
      )
    : tr(
        'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.',
        { models },
      );
}

export function visionFixes(kind: ServerKind | undefined, model: string | undefined, candidates: string[]): Fix[] {
  const fixes: Fix[] = [];
  if (candidates.length > 0) {
    fixes.push({
      title: tr('Use "{model}" or another model that can see', { model: candidates[0]! }),
      text: alsoListed(model, candidates),
    });
  } else {
    const server = serverName(kind);
    fixes.push(
      getOne(kind ?? 'other') ?? {
        title: tr('Use a model that can see images'),
        text: model
          ? tr(
              '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.',
              { model, server },
            )
          : tr(
              'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.',
              { server },
            ),
      },
    );
  }
  fixes.push({
    title: tr('Or send the message without the image'),
    text: model
      ? tr('"{model}" can still answer the text: edit the message and remove the image.', { model })
      : tr('This model can still answer the text: edit the message and remove the image.'),
  });
  return fixes;
}
