// The one call for the voice and embeddings code to explain a failed request, as chat failures are
// explained: probes where the error alone cannot tell, then the classifier, whose speech-to-text,
// text-to-speech and embeddings causes apply when the failed request's path is one of those endpoints.
import type { Connection } from '../connections/types.ts';
import type { Diagnosis, PageContext } from '../diagnostics/index.ts';
import type { ProviderError } from '../providers/errors.ts';
import { diagnoseError } from './diagnose.ts';

export interface CapabilityFailure {
  /** the model the request asked for (a multipart request's body is not recorded as JSON) */
  model?: string;
  /** bytes of the audio file uploaded, for "the file is N MB" */
  uploadBytes?: number;
}

export function diagnoseCapabilityError(
  connection: Connection,
  error: ProviderError,
  page: PageContext,
  failure: CapabilityFailure = {},
): Promise<Diagnosis> {
  return diagnoseError(connection, error, page, failure.model, failure.uploadBytes);
}
