// The titles and facts of diagnoses for requests beyond chat, one whole sentence per capability and model
// kind (a sentence is never put together from the names of the work), written in the active language.
import type { Capability, JobCapability } from '../connections/capabilities.ts';
import { tr } from '../i18n/active-language.ts';

/** A model of another kind than the work wants; `model` undefined when the request named none. */
export function wrongKindTitle(cap: JobCapability, model: string | undefined, is: Capability): string {
  if (cap === 'embeddings') {
    if (!model) return tr('This model does no embeddings; pick an embedding model');
    if (is === 'chat') return tr('{model} is a chat model; pick an embedding model', { model });
    if (is === 'transcription') return tr('{model} is a speech-to-text model; pick an embedding model', { model });
    if (is === 'speech') return tr('{model} is a text-to-speech model; pick an embedding model', { model });
    return tr('{model} does no embeddings here; pick an embedding model', { model });
  }
  if (cap === 'speech') {
    if (!model) return tr('This model does no text to speech; pick a text-to-speech model');
    if (is === 'chat') return tr('{model} is a chat model; pick a text-to-speech model', { model });
    if (is === 'transcription') return tr('{model} is a speech-to-text model; pick a text-to-speech model', { model });
    if (is === 'embeddings') return tr('{model} is an embedding model; pick a text-to-speech model', { model });
    return tr('{model} does no text to speech here; pick a text-to-speech model', { model });
  }
  if (!model) return tr('This model does no speech to text; pick a speech-to-text model');
  if (is === 'chat') return tr('{model} is a chat model; pick a speech-to-text model', { model });
  if (is === 'speech') return tr('{model} is a text-to-speech model; pick a speech-to-text model', { model });
  if (is === 'embeddings') return tr('{model} is an embedding model; pick a speech-to-text model', { model });
  return tr('{model} does no speech to text here; pick a speech-to-text model', { model });
}

/** The server answered 404 (or 405/501) on the capability's path. */
export function endpointMissingTitle(cap: JobCapability, server: string, path: string): string {
  if (cap === 'embeddings') return tr('{server} does not do embeddings (no {path})', { server, path });
  if (cap === 'speech') return tr('{server} does not do text to speech (no {path})', { server, path });
  return tr('{server} does not do speech to text (no {path})', { server, path });
}

export function servesAtEvidence(cap: JobCapability, path: string): string {
  if (cap === 'embeddings') return tr('Servers that do embeddings answer at {path}', { path });
  if (cap === 'speech') return tr('Servers that do text to speech answer at {path}', { path });
  return tr('Servers that do speech to text answer at {path}', { path });
}

/** What is known of an upload the server refused as too large: the file's size and the server's limit. */
export function uploadFacts(size: string | undefined, limit: string | undefined): { fact: string; title: string } {
  if (size && limit) {
    return {
      fact: tr('The file is {size}; the server takes at most {limit}', { size, limit }),
      title: tr('The file is {size}; the server takes at most {limit}: record shorter or raise its limit', {
        size,
        limit,
      }),
    };
  }
  if (size) {
    return {
      fact: tr('The file is {size}', { size }),
      title: tr('The file is {size}: record shorter or raise its limit', { size }),
    };
  }
  if (limit) {
    return {
      fact: tr('The file is too large for the server; the server takes at most {limit}', { limit }),
      title: tr(
        'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit',
        { limit },
      ),
    };
  }
  return {
    fact: tr('The file is too large for the server'),
    title: tr('The file is too large for the server: record shorter or raise its limit'),
  };
}
