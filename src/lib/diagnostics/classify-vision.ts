// The "model cannot see images" cause, from three facts together: the request carried images, the server
// refused it with a client or server error (400/422/500/501, or an error inside a 2xx body), and its error
// body speaks of image, vision or multimodal input. Fixes name a vision model from the same server's list.
import type { ProviderError } from '../providers/errors.ts';
import type { Diagnosis } from './types.ts';
import type { DiagnosisScope } from './scope.ts';
import { visionFixes } from './fixes/index.ts';
import { aboutImageInput, requestCarriedImages, visionModels } from './vision.ts';
import { tr } from '../i18n/active-language.ts';

const REFUSALS = new Set([0, 400, 422, 500, 501]);

export function classifyVisionRefusal(
  error: ProviderError,
  scope: DiagnosisScope,
  facts: { status: number; message: string | undefined; code: string | undefined; model: string | undefined },
  evidence: string[],
): Diagnosis | undefined {
  if (!REFUSALS.has(facts.status) || !requestCarriedImages(error.request)) return undefined;
  if (!aboutImageInput(facts.message, facts.code)) return undefined;
  const candidates = visionModels(scope.models, facts.model);
  const model = facts.model;
  const count = scope.models?.length ?? 0;
  return {
    cause: 'model-cannot-see-images',
    severity: 'error',
    title: model ? tr('The model cannot see images: {model}', { model }) : tr('The model cannot see images'),
    evidence: [
      ...evidence,
      tr('The request carried an image, and the error is about image input'),
      candidates.length > 0
        ? tr('The server also lists models that take images: {models}', { models: candidates.slice(0, 3).join(', ') })
        : model
          ? tr(
              {
                other:
                  'No other model on this server is known to take images (checked {count} listed models besides "{model}")',
              },
              { count, model },
            )
          : tr(
              {
                other:
                  'No other model on this server is known to take images (checked {count} listed models besides the model)',
              },
              { count },
            ),
    ],
    fixes: visionFixes(scope.kind, facts.model, candidates),
  };
}
