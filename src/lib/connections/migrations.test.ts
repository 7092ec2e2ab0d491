import { describe, expect, it } from 'vitest';
import { CONNECTION_SCHEMA_VERSION, migrateConnection } from './migrations.ts';

const v1 = {
  id: 'a',
  name: 'Box',
  mode: 'ollama',
  base_url: 'http://localhost:11434',
  enabled: true,
  created_at: 1,
  updated_at: 1,
  schema_version: CONNECTION_SCHEMA_VERSION,
};

describe('migrateConnection', () => {
  it('holds a stored record to the same rules as a file (checkConnection)', () => {
    expect(migrateConnection(v1)).toEqual(v1);
    expect(migrateConnection({ ...v1, base_url: 'localhost:11434' })).toBeNull();
    expect(migrateConnection({ ...v1, base_url: 'http://localhost:11434?key=k' })).toBeNull();
    expect(migrateConnection({ ...v1, model_ids: [1] })).toBeNull();
    expect(migrateConnection({ ...v1, name: '' })).toBeNull();
  });

  it('turns a v0 address into an API root, as a file import would', () => {
    const v0 = { id: 'o', label: 'Old', type: 'ollama', baseUrl: 'localhost:11434/', apiKey: '', isEnabled: true };
    expect(migrateConnection(v0)).toMatchObject({ base_url: 'http://localhost:11434', schema_version: 1 });
    expect(migrateConnection(v0)).not.toHaveProperty('api_key');
    expect(migrateConnection({ ...v0, baseUrl: 'not an address' })).toBeNull();
  });

  it('leaves records from a newer build alone', () => {
    expect(migrateConnection({ ...v1, schema_version: CONNECTION_SCHEMA_VERSION + 1 })).toBeNull();
  });
});
