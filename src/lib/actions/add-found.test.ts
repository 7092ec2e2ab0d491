import { describe, expect, it } from 'vitest';
import { firstModelChoice, foundServerName, notYetAdded } from './add-found.ts';
import type { ScanFinding } from './scan-local.ts';
import { parseChoiceValue } from '../queries/model-choices.ts';

const finding = (port: number, base_url = `http://localhost:${port}`): ScanFinding => ({
  port,
  kind: 'ollama',
  mode: 'ollama',
  base_url,
  models: [{ id: 'm' }],
});

describe('foundServerName', () => {
  it('names a finding by its kind and port, adding the mode when that name is taken', () => {
    expect(foundServerName(finding(11434), [])).toBe('Ollama :11434');
    expect(foundServerName(finding(11434), ['ollama :11434'])).toBe('Ollama :11434 (ollama)');
  });
});

describe('notYetAdded', () => {
  it('leaves out the servers already stored, by base URL', () => {
    const stored = [{ base_url: 'http://localhost:1' }];
    expect(notYetAdded([finding(1), finding(2)], stored).map((f) => f.port)).toEqual([2]);
  });
});

describe('firstModelChoice', () => {
  it("is the connection's first model, or nothing for an empty list", () => {
    expect(parseChoiceValue(firstModelChoice({ id: 'c1' }, [{ id: 'a' }, { id: 'b' }]) ?? '')).toEqual({
      connection_id: 'c1',
      model_id: 'a',
    });
    expect(firstModelChoice({ id: 'c1' }, [])).toBeUndefined();
  });
});
