// The "model cannot see images" cause, from three facts together: the request carried images, the server
// refused it with a client or server error (400/422/500/501, or an error inside a 2xx body), and its error
// body speaks of image, vision or multimodal input. Fixes name a vision model from the same server's list.
import type { ProviderError } from '../providers/errors.ts';
import type { Diagnosis } from './types.ts';
import type { DiagnosisScope } from './scope.ts';
import { visionFixes } from './fixes/index.ts';
import { aboutImageInput, requestCarriedImages, visionModels } from './vision.ts';

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
  const model = facts.model ? `"${facts.model}"` : 'the model';
  return {
    cause: 'model-cannot-see-images',
    severity: 'error',
    title: `The model cannot see images${facts.model ? `: ${facts.model}` : ''}`,
    evidence: [
      ...evidence,
      'The request carried an image, and the error is about image input',
      candidates.length > 0
        ? `The server also lists models that take images: ${candidates.slice(0, 3).join(', ')}`
        : `No other model on this server is known to take images (checked ${scope.models?.length ?? 0} listed models besides ${model})`,
    ],
    fixes: visionFixes(scope.kind, facts.model, candidates),
  };
}
