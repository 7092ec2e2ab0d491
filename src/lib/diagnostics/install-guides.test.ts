import { describe, expect, it } from 'vitest';
import { commandsFor, guidePlatforms, installGuides, type InstallGuide } from './install-guides.ts';

const ORIGIN = 'https://chat.example.org';

function guide(kind: InstallGuide['kind'], origin = ORIGIN): InstallGuide {
  const found = installGuides(origin).find((g) => g.kind === kind);
  if (!found) throw new Error(`no ${kind} guide`);
  return found;
}

const allCommands = (g: InstallGuide) => g.steps.flatMap((s) => s.commands.map((c) => c.command));

describe('installGuides', () => {
  it('offers Ollama, LM Studio and llama.cpp, in that order', () => {
    expect(installGuides(ORIGIN).map((g) => g.label)).toEqual(['Ollama', 'LM Studio', 'llama.cpp']);
  });

  it('names the page origin exactly in every guide', () => {
    for (const g of installGuides(ORIGIN)) expect(JSON.stringify(g)).toContain(ORIGIN);
  });

  it('sets OLLAMA_ORIGINS per system for an origin Ollama does not allow by default', () => {
    const g = guide('ollama');
    const last = g.steps.at(-1)!;
    expect(commandsFor(last, 'macos').map((c) => c.command)).toContain(`launchctl setenv OLLAMA_ORIGINS "${ORIGIN}"`);
    expect(commandsFor(last, 'windows').map((c) => c.command)).toContain(`setx OLLAMA_ORIGINS "${ORIGIN}"`);
    expect(commandsFor(last, 'linux').join('\n')).not.toContain('setx');
    expect(
      commandsFor(last, 'linux')
        .map((c) => c.command)
        .join('\n'),
    ).toContain(`OLLAMA_ORIGINS=${ORIGIN}`);
    expect(allCommands(g)).toContain(`OLLAMA_ORIGINS="${ORIGIN}" ollama serve`);
  });

  it('says nothing needs doing when Ollama already allows the page (localhost)', () => {
    const g = guide('ollama', 'http://localhost:5173');
    const last = g.steps.at(-1)!;
    expect(last.title).toContain('http://localhost:5173');
    expect(last.commands).toEqual([]);
    expect(last.text).toMatch(/Nothing to do/);
  });

  it("turns on LM Studio's CORS switch", () => {
    const g = guide('lmstudio');
    expect(allCommands(g)).toContain('lms server start --cors');
    expect(g.steps.map((s) => s.text).join(' ')).toContain('Enable CORS');
    expect(guidePlatforms(g)).toEqual([]);
  });

  it('starts llama-server with --cors-origins for the page', () => {
    const g = guide('llamacpp');
    expect(allCommands(g).some((c) => c.startsWith('llama-server ') && c.includes(`--cors-origins "${ORIGIN}"`))).toBe(
      true,
    );
  });

  it('has a tab per system where the install commands differ', () => {
    expect(guidePlatforms(guide('ollama'))).toEqual(['macos', 'linux', 'windows']);
    expect(guidePlatforms(guide('llamacpp'))).toEqual(['macos', 'linux', 'windows']);
    const install = guide('ollama').steps[0]!;
    expect(commandsFor(install, 'linux').map((c) => c.command)).toEqual([
      'curl -fsSL https://ollama.com/install.sh | sh',
    ]);
  });
});
