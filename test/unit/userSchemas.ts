import { compileUserSchema, type UserSchema } from '../../src/core/frontMatter/schema';

/** Compiles a writer's schema for a test, failing the test when Ajv refuses it. */
export function userSchema(schema: object, replacesPreset = false): UserSchema {
  const compiled = compileUserSchema(schema, replacesPreset);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled;
}
