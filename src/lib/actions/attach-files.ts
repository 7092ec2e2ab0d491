// What the composer does with files picked, pasted, dropped or captured: images become attachments (resized
// by the settings' limits), text files become a fenced block for the message box, anything else is refused
// with a message. The image code loads on first use, so the first page load stays small.
import type { NewImage } from '../session/chat-session.svelte.ts';
import type { ImageSettings } from '../transfer/image-fit.ts';
import { fileKind, refusal, textFileBlock } from '../transfer/text-file.ts';
import { readPreference, writePreference } from '../util/preferences.ts';
import { newId } from '../util/new-id.ts';
import { tr } from '../i18n/active-language.ts';

export interface AttachedFiles {
  images: NewImage[];
  /** Markdown to add to the message box, one block per text file */
  texts: string[];
  /** one sentence per file that was not attached */
  errors: string[];
}

const MAX_SIDE_KEY = 'switchboard.images.max-side';
const QUALITY_KEY = 'switchboard.images.quality';

/** The image limits from Settings (defaults when unset). */
export async function imageSettings(): Promise<ImageSettings> {
  const { readImageSettings } = await import('../transfer/image-fit.ts');
  return readImageSettings(readPreference(MAX_SIDE_KEY), readPreference(QUALITY_KEY));
}

export function saveImageSettings(settings: ImageSettings): void {
  writePreference(MAX_SIDE_KEY, String(settings.maxSide));
  writePreference(QUALITY_KEY, String(settings.quality));
}

export async function attachFiles(files: readonly File[]): Promise<AttachedFiles> {
  const out: AttachedFiles = { images: [], texts: [], errors: [] };
  for (const file of files) {
    const refused = refusal(file);
    if (refused) {
      out.errors.push(refused);
      continue;
    }
    if (fileKind(file) === 'image') {
      const [{ prepareImage }, settings] = await Promise.all([
        import('../transfer/downscale-image.ts'),
        imageSettings(),
      ]);
      const prepared = await prepareImage(file, newId(), settings);
      if (prepared.ok) out.images.push({ attachment: prepared.attachment, blob: prepared.blob });
      else out.errors.push(prepared.error);
      continue;
    }
    try {
      out.texts.push(textFileBlock(file.name, await file.text()));
    } catch {
      out.errors.push(tr('{name} could not be read.', { name: file.name }));
    }
  }
  return out;
}
