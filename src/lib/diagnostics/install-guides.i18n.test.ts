// "No server yet?" in German: the steps are translated; commands, origins and site names are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { installGuides } from './install-guides.ts';

const ORIGIN = 'https://switchboard.example';

describe('install guides in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes the Ollama steps in German with commands and the origin verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const [ollama] = installGuides(ORIGIN);
    const [install, model, allow] = ollama!.steps;
    expect(install?.title).toBe('Ollama installieren');
    expect(install?.commands.find((c) => c.platform === 'linux')).toEqual({
      label: 'Linux: das offizielle Installationsskript',
      command: 'curl -fsSL https://ollama.com/install.sh | sh',
      platform: 'linux',
    });
    expect(model?.commands[0]?.label).toBe('Ein kleines Modell (etwa 1,3 GB)');
    expect(allow?.title).toBe(`Diese Seite erlauben (${ORIGIN})`);
    expect(allow?.text).toBe(
      `Setzen Sie OLLAMA_ORIGINS auf genau ${ORIGIN} (ohne abschließenden Schrägstrich) und starten Sie Ollama neu.`,
    );
    expect(allow?.commands.at(-1)?.command).toBe(`OLLAMA_ORIGINS="${ORIGIN}" ollama serve`);
  });

  it('keeps the llama-server option and command as written', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const start = installGuides(ORIGIN)[2]!.steps[1];
    expect(start?.text).toContain('--cors-origins hält diese Seite erlaubt');
    expect(start?.commands[0]?.label).toBe('Den Server auf Port 8080 starten');
    expect(start?.commands[0]?.command).toBe(
      `llama-server -hf ggml-org/gemma-3-1b-it-GGUF --port 8080 --cors-origins "${ORIGIN}"`,
    );
  });
});
