// Where each catalogue parameter's value comes from for one chat on one connection: the chat's own
// setting, else the connection's, else the server's default (named where known). What the request
// sends follows the same order (providers/merge-params.ts), so the panel shows what is sent.
import { tr } from '../i18n/active-language.ts';
import { serverDefault, type ServerDefault } from './param-defaults.ts';
import { PARAM_SPECS, type ModeSupport, type ParamKey, type ParamSpec } from './param-specs.ts';
import type { Connection, ConnectionParams } from './types.ts';

export type ParamSource = 'chat' | 'connection' | 'server default';

export type ParamValue = number | string[];

export interface ResolvedParam {
  spec: ParamSpec;
  source: ParamSource;
  /** the value in force; undefined when it is the server's default */
  value?: ParamValue;
  /** what the connection alone would give (shown after Reset to inherited) */
  inherited?: ParamValue;
  /** the server's named default, when known */
  serverDefault?: ServerDefault;
  /** how the connection's mode treats it; undefined without a connection */
  support?: ModeSupport;
}

/** Keys that also mean "answer-length limit" (from a connection's extra parameters). */
const LIMIT_ALIASES = ['max_tokens', 'max_completion_tokens', 'num_predict'];

/** The value a params object gives for a catalogue key, normalised; undefined when it sets none. */
export function readParam(params: ConnectionParams | undefined, key: ParamKey): ParamValue | undefined {
  if (!params) return undefined;
  if (key === 'stop') {
    const stop = params.stop;
    if (typeof stop === 'string') return [stop];
    return Array.isArray(stop) && stop.length > 0 ? stop.map(String) : undefined;
  }
  const keys = key === 'max_tokens' ? LIMIT_ALIASES : [key];
  for (const k of keys) {
    const value = params[k];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

export function resolveParams(
  chatParams: ConnectionParams | undefined,
  connection: Pick<Connection, 'mode' | 'server_kind' | 'params'> | undefined,
): ResolvedParam[] {
  return PARAM_SPECS.map((spec) => {
    const own = readParam(chatParams, spec.key);
    const inherited = readParam(connection?.params, spec.key);
    const fallback = serverDefault(connection, spec.key);
    const base = {
      spec,
      ...(inherited !== undefined ? { inherited } : {}),
      ...(fallback ? { serverDefault: fallback } : {}),
      ...(connection ? { support: spec.modes[connection.mode] } : {}),
    };
    if (own !== undefined) return { ...base, source: 'chat', value: own };
    if (inherited !== undefined) return { ...base, source: 'connection', value: inherited };
    return { ...base, source: 'server default' };
  });
}

export function formatValue(value: ParamValue | number | string): string {
  return Array.isArray(value) ? value.map((s) => JSON.stringify(s)).join(', ') : String(value);
}

/** Whether this is the answer-length limit with nothing set: the server decides, which for most is no limit. */
export function noLimit(param: ResolvedParam): boolean {
  return param.spec.key === 'max_tokens' && param.value === undefined;
}

/** The line under a field: "From this chat", "From connection Box: 0.7", "Server default (Ollama: 0.8)". */
export function sourceLine(param: ResolvedParam, connectionName: string | undefined): string {
  if (param.source === 'chat') return tr('From this chat');
  if (noLimit(param)) return tr('No limit set: the server decides');
  if (param.source === 'connection' && param.value !== undefined) {
    const value = formatValue(param.value);
    return connectionName
      ? tr('From connection {name}: {value}', { name: connectionName, value })
      : tr('From the connection: {value}', { value });
  }
  const named = param.serverDefault;
  return named
    ? tr('Server default ({server}: {value})', { server: named.server, value: formatValue(named.value) })
    : tr("Server default (the server's own)");
}
