// The schema extractor on a small OpenAPI document: transitive $refs, nullable folding, dropped docs.
import { describe, expect, it } from 'vitest';
import { extractChatCompletionRequestSchema } from './extract-schema.ts';

const doc = {
  info: { version: '9.9.9' },
  components: {
    schemas: {
      CreateChatCompletionRequest: {
        description: 'dropped',
        allOf: [
          { $ref: '#/components/schemas/Base' },
          {
            type: 'object',
            properties: { messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } },
          },
        ],
      },
      Base: {
        type: 'object',
        properties: { description: { type: 'string' }, n: { type: 'integer', nullable: true } },
        'x-oaiMeta': {},
      },
      Message: { oneOf: [{ $ref: '#/components/schemas/Part' }], nullable: true, example: {} },
      Part: { type: 'string', enum: ['a'], nullable: true },
      Unused: { type: 'string' },
    },
  },
};

describe('extractChatCompletionRequestSchema', () => {
  const out = extractChatCompletionRequestSchema(doc) as {
    $ref: string;
    $comment: string;
    $defs: Record<string, unknown>;
  };

  it('keeps the root and everything it references, and nothing else', () => {
    expect(out.$ref).toBe('#/$defs/CreateChatCompletionRequest');
    expect(Object.keys(out.$defs)).toEqual(['Base', 'CreateChatCompletionRequest', 'Message', 'Part']);
    expect(out.$comment).toContain('9.9.9');
  });

  it('rewrites refs, folds nullable into 2020-12 and drops documentation but not properties named like it', () => {
    expect(out.$defs['CreateChatCompletionRequest']).toEqual({
      allOf: [
        { $ref: '#/$defs/Base' },
        { type: 'object', properties: { messages: { type: 'array', items: { $ref: '#/$defs/Message' } } } },
      ],
    });
    expect(out.$defs['Base']).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, n: { type: ['integer', 'null'] } },
    });
    expect(out.$defs['Message']).toEqual({ anyOf: [{ oneOf: [{ $ref: '#/$defs/Part' }] }, { type: 'null' }] });
    expect(out.$defs['Part']).toEqual({ type: ['string', 'null'], enum: ['a', null] });
  });

  it('fails loudly on a dangling reference', () => {
    const broken = {
      components: { schemas: { CreateChatCompletionRequest: { $ref: '#/components/schemas/Missing' } } },
    };
    expect(() => extractChatCompletionRequestSchema(broken)).toThrow(/Missing/);
  });
});
