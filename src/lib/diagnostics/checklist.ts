// The "Test connection" checklist: a pure async runner over injectable steps (URL, mixed content,
// reachable, CORS, preflight, model list, tiny chat). Reports progress after every change and stops at
// the first failure with its Diagnosis. The UI wires `listModels`/`chat` to the real provider functions.
import { isProviderError } from '../providers/errors.ts';
import type { ModelInfo } from '../providers/types.ts';
import type { PageContext } from './page-context.ts';
import type { Diagnosis, ProbeResults } from './types.ts';
import type { ConnectionFacts } from './target-url.ts';
import { defaultStepRunners } from './checklist-steps.ts';
import type { FetchFn } from './probes.ts';
import { tr } from '../i18n/active-language.ts';

export type ChecklistStepId = 'url' | 'mixed-content' | 'reachable' | 'cors-simple' | 'preflight' | 'models' | 'chat';
export type StepStatus = 'pending' | 'running' | 'pass' | 'fail' | 'skip';

export interface ChecklistStep {
  id: ChecklistStepId;
  label: string;
  status: StepStatus;
  evidence: string[];
}

export interface StepOutcome {
  status: 'pass' | 'fail' | 'skip';
  evidence: string[];
  /** required for 'fail'; for 'pass' a warning worth showing (e.g. no models) */
  diagnosis?: Diagnosis;
}

export interface ChecklistInput {
  connection: ConnectionFacts;
  page: PageContext;
  /** model for the chat step (pass the chat's model when known); default the first listed model */
  model?: string;
}

export interface ChecklistDeps {
  fetch: FetchFn;
  /** the provider's model list; rejects with a ProviderError */
  listModels?: () => Promise<ModelInfo[]>;
  /** a tiny round trip (a token or a few); rejects with a ProviderError. Omit to skip the chat step. */
  chat?: (model: string) => Promise<unknown>;
  /** replace any step's runner */
  runners?: Partial<Record<ChecklistStepId, StepRunner>>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What runners share: the inputs plus facts gathered by earlier steps. */
export interface ChecklistState {
  input: ChecklistInput;
  deps: ChecklistDeps;
  probes: ProbeResults;
  models?: ModelInfo[];
}

export type StepRunner = (state: ChecklistState) => Promise<StepOutcome>;

export interface ChecklistResult {
  steps: ChecklistStep[];
  /** the failure's diagnosis; else a warning from a passing step; else 'ok' */
  diagnosis: Diagnosis;
  warnings: Diagnosis[];
  models?: ModelInfo[];
}

/** The steps in order, their labels in the active language. */
export function checklistSteps(): readonly { id: ChecklistStepId; label: string }[] {
  return [
    { id: 'url', label: tr('The URL is well formed') },
    { id: 'mixed-content', label: tr('This page may call it (mixed content, local network access)') },
    { id: 'reachable', label: tr('The server answers') },
    { id: 'cors-simple', label: tr('The server allows this page (CORS)') },
    { id: 'preflight', label: tr('The server accepts our request headers (preflight)') },
    { id: 'models', label: tr('The model list can be read') },
    { id: 'chat', label: tr('A one-token chat works') },
  ];
}

function unexpectedFailure(what: string): Diagnosis {
  const evidence = [tr('The step failed unexpectedly ({error})', { error: what })];
  return { cause: 'unknown', severity: 'error', title: tr('The test could not finish'), evidence, fixes: [] };
}

function unexpected(err: unknown): StepOutcome {
  const what = isProviderError(err) ? err.message : err instanceof Error ? err.name : tr('a non-error value');
  const diagnosis = unexpectedFailure(what);
  return { status: 'fail', evidence: diagnosis.evidence, diagnosis };
}

export async function runChecklist(
  input: ChecklistInput,
  deps: ChecklistDeps,
  onProgress?: (steps: readonly ChecklistStep[]) => void,
): Promise<ChecklistResult> {
  const steps: ChecklistStep[] = checklistSteps().map((s) => ({ ...s, status: 'pending', evidence: [] }));
  const emit = () => onProgress?.(steps.map((s) => ({ ...s, evidence: [...s.evidence] })));
  const runners = { ...defaultStepRunners, ...deps.runners };
  const state: ChecklistState = { input, deps, probes: { url: input.connection.base_url } };
  const warnings: Diagnosis[] = [];
  let failure: Diagnosis | undefined;

  for (const step of steps) {
    if (failure) {
      step.status = 'skip';
      step.evidence = [tr('Not run: an earlier step failed')];
      continue;
    }
    if (deps.signal?.aborted) {
      failure = {
        cause: 'aborted',
        severity: 'info',
        title: tr('Test stopped'),
        evidence: [tr('Stopped before "{step}"', { step: step.label })],
        fixes: [],
      };
      step.status = 'skip';
      step.evidence = [tr('Not run: the test was stopped')];
      continue;
    }
    step.status = 'running';
    emit();
    let outcome: StepOutcome;
    try {
      outcome = await runners[step.id](state);
    } catch (err) {
      outcome = unexpected(err);
    }
    step.status = outcome.status;
    step.evidence = outcome.evidence;
    if (outcome.status === 'fail') failure = outcome.diagnosis ?? unexpectedFailure(tr('no diagnosis given'));
    else if (outcome.diagnosis) warnings.push(outcome.diagnosis);
    emit();
  }
  emit();

  const ok: Diagnosis = {
    cause: 'ok',
    severity: 'info',
    title: tr('The connection works'),
    evidence: steps.filter((s) => s.status === 'pass').flatMap((s) => s.evidence),
    fixes: [],
  };
  const result: ChecklistResult = { steps, diagnosis: failure ?? warnings[0] ?? ok, warnings };
  if (state.models) result.models = state.models;
  return result;
}
