// Default runners for the "Test connection" checklist steps, built on the preflight check, the probes
// and the classifier. Each returns pass/fail/skip with evidence; a failure carries its Diagnosis.
import { isProviderError } from '../providers/errors.ts';
import type { ChecklistState, ChecklistStepId, StepOutcome, StepRunner } from './checklist.ts';
import type { Diagnosis, DiagnosisCause } from './types.ts';
import { targetAddressSpaceFor } from './address-space.ts';
import { classify } from './classify.ts';
import { noCorsEvidence, preflightEvidence, simpleGetEvidence } from './evidence.ts';
import { noModelsFixes } from './fixes/index.ts';
import { LNA_CAUSES, preflightChecks } from './preflight-check.ts';
import {
  PROBE_AUTHORIZATION,
  fingerprintProbes,
  noCorsProbe,
  preflightProbe,
  simpleCorsGet,
  type ProbeOptions,
} from './probes.ts';
import { serverName } from './server-defaults.ts';
import { modelsUrl, parseHttpUrl } from './target-url.ts';
import { tr } from '../i18n/active-language.ts';

const URL_CAUSES: ReadonlySet<DiagnosisCause> = new Set<DiagnosisCause>(['invalid-url', 'listen-address']);

function fromStatic(state: ChecklistState, causes: (cause: DiagnosisCause) => boolean, passText: string): StepOutcome {
  const found = preflightChecks(state.input.connection.base_url, state.input.page).filter((d) => causes(d.cause));
  const error = found.find((d) => d.severity === 'error');
  if (error) return { status: 'fail', evidence: error.evidence, diagnosis: error };
  const warning = found.find((d) => d.severity === 'warning');
  // a warning alone does not fail the step: the probes that follow show whether the request gets through
  if (warning)
    return { status: 'pass', evidence: [tr('Warning: {warning}', { warning: warning.title }), ...warning.evidence] };
  return { status: 'pass', evidence: [passText, ...found.map((d) => d.title)] };
}

function probeOptions(state: ChecklistState): ProbeOptions {
  const opts: ProbeOptions = {};
  if (state.deps.timeoutMs !== undefined) opts.timeoutMs = state.deps.timeoutMs;
  if (state.deps.signal) opts.signal = state.deps.signal;
  const server = parseHttpUrl(state.input.connection.base_url);
  const tas = server ? targetAddressSpaceFor(state.input.page.hostname, server) : undefined;
  if (tas) opts.targetAddressSpace = tas;
  return opts;
}

function diagnose(state: ChecklistState, extra: { error?: unknown; requestedModel?: string } = {}): Diagnosis {
  return classify({
    connection: state.input.connection,
    page: state.input.page,
    probes: state.probes,
    ...(isProviderError(extra.error) ? { error: extra.error } : {}),
    ...(extra.requestedModel !== undefined ? { requestedModel: extra.requestedModel } : {}),
  });
}

function fail(diagnosis: Diagnosis, evidence: string[]): StepOutcome {
  return { status: 'fail', evidence, diagnosis };
}

const url: StepRunner = async (state) =>
  fromStatic(
    state,
    (c) => URL_CAUSES.has(c),
    tr('{url} is a valid http(s) URL', { url: state.input.connection.base_url }),
  );

const mixedContent: StepRunner = async (state) => {
  const passText = tr('No mixed-content or local-network rule blocks this request');
  const outcome = fromStatic(state, (c) => !URL_CAUSES.has(c), passText);
  const server = parseHttpUrl(state.input.connection.base_url);
  if (outcome.status !== 'fail' || !outcome.diagnosis || !LNA_CAUSES.has(outcome.diagnosis.cause) || !server)
    return outcome;
  // the local-network verdict rests on a guess of this page's address space: a no-cors probe settles it
  const probe = await noCorsProbe(server.origin, probeOptions(state), state.deps.fetch);
  if (!probe.answered) return outcome;
  state.probes.noCors = probe;
  const rest = fromStatic(state, (c) => !URL_CAUSES.has(c) && !LNA_CAUSES.has(c), passText);
  const refuted = tr('"{title}" does not apply: {fact}, so the browser does not treat this page as public', {
    title: outcome.diagnosis.title,
    fact: noCorsEvidence(probe),
  });
  return { ...rest, evidence: [refuted, ...rest.evidence] };
};

const reachable: StepRunner = async (state) => {
  const server = parseHttpUrl(state.input.connection.base_url);
  if (!server) return { status: 'skip', evidence: [tr('No valid URL')] };
  const probe = await noCorsProbe(server.origin, probeOptions(state), state.deps.fetch);
  state.probes.noCors = probe;
  const evidence = [noCorsEvidence(probe)];
  return probe.answered ? { status: 'pass', evidence } : fail(diagnose(state), evidence);
};

const corsSimple: StepRunner = async (state) => {
  const probe = await simpleCorsGet(modelsUrl(state.input.connection), probeOptions(state), state.deps.fetch);
  state.probes.simpleGet = probe;
  const evidence = [simpleGetEvidence(probe)];
  return probe.ok ? { status: 'pass', evidence } : fail(diagnose(state), evidence);
};

const preflight: StepRunner = async (state) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (state.input.connection.has_api_key) headers['Authorization'] = PROBE_AUTHORIZATION;
  const probe = await preflightProbe(modelsUrl(state.input.connection), headers, probeOptions(state), state.deps.fetch);
  state.probes.preflight = probe;
  const evidence = [preflightEvidence(probe)];
  return probe.ok ? { status: 'pass', evidence } : fail(diagnose(state), evidence);
};

const models: StepRunner = async (state) => {
  const { listModels } = state.deps;
  if (!listModels) return { status: 'skip', evidence: [tr('No model-list function was given')] };
  try {
    const list = await listModels();
    state.models = list;
    if (list.length === 0) {
      const kind = state.input.connection.server_kind;
      const evidence = [tr('{url} listed no models', { url: modelsUrl(state.input.connection) })];
      return {
        status: 'pass',
        evidence,
        diagnosis: {
          cause: 'no-models',
          severity: 'warning',
          title: tr('{server} has no models to offer', { server: serverName(kind) }),
          evidence,
          fixes: noModelsFixes(kind),
        },
      };
    }
    const names = list
      .slice(0, 3)
      .map((m) => m.id)
      .join(', ');
    return {
      status: 'pass',
      evidence: [
        tr(
          { one: 'The server listed {count} model: {names}', other: 'The server listed {count} models: {names}' },
          { count: list.length, names: list.length > 3 ? `${names}, …` : names },
        ),
      ],
    };
  } catch (error) {
    if (isMissingPath(error) && state.input.connection.mode !== 'ollama') {
      // which server answered 404? e.g. an Ollama without the OpenAI layer says so at its root
      const server = parseHttpUrl(state.input.connection.base_url);
      if (server)
        state.probes.fingerprints = await fingerprintProbes(server.origin, probeOptions(state), state.deps.fetch);
    }
    const d = diagnose(state, { error });
    return fail(d, d.evidence.slice(0, 2));
  }
};

function isMissingPath(error: unknown): boolean {
  const status = isProviderError(error) && error.kind === 'http' ? error.response?.status : undefined;
  return status === 404 || status === 405;
}

const chat: StepRunner = async (state) => {
  const { chat: send } = state.deps;
  if (!send) return { status: 'skip', evidence: [tr('Chat test not requested')] };
  const model = state.input.model ?? state.models?.[0]?.id;
  if (!model) return { status: 'skip', evidence: [tr('No model to try')] };
  try {
    await send(model);
    return { status: 'pass', evidence: [tr('A one-token chat with {model} got an answer', { model })] };
  } catch (error) {
    const d = diagnose(state, { error, requestedModel: model });
    return fail(d, d.evidence.slice(0, 2));
  }
};

export const defaultStepRunners: Record<ChecklistStepId, StepRunner> = {
  url,
  'mixed-content': mixedContent,
  reachable,
  'cors-simple': corsSimple,
  preflight,
  models,
  chat,
};
