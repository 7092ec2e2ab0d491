// A few ready JSON schemas the "Response format" editor offers as starting points. Their labels are
// getters, written in the language active when read; the schemas themselves are sent as they are.
import { tr } from '../i18n/active-language.ts';

export const SCHEMA_EXAMPLES: ReadonlyArray<{ label: string; schema: Record<string, unknown> }> = [
  {
    get label() {
      return tr('Person');
    },
    schema: {
      type: 'object',
      properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
      required: ['name', 'age'],
      additionalProperties: false,
    },
  },
  {
    get label() {
      return tr('List of steps');
    },
    schema: {
      type: 'object',
      properties: { steps: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['steps'],
      additionalProperties: false,
    },
  },
  {
    get label() {
      return tr('Sentiment');
    },
    schema: {
      type: 'object',
      properties: {
        sentiment: { type: 'string', enum: ['positive', 'neutral', 'negative'] },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
      },
      required: ['sentiment'],
      additionalProperties: false,
    },
  },
];

/** An example tool definition list for the tools editor's placeholder. */
export const TOOLS_EXAMPLE = JSON.stringify(
  [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Current weather in a city',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ],
  null,
  2,
);
