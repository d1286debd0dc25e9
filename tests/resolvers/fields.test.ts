import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { RELATED } from '../../src/graph/related';
import { EVIDENCE_FIELDS, FIELD_NEEDS, type FieldNeed } from '../../src/resolvers/fields';
import { typeResolvers } from '../../src/resolvers/types';
import { loadTypeDefs } from '../../src/server/app';

/** The planner (src/resolvers/plan.ts) is only as right as the declarations it reads (fields.ts). */
describe('what each field needs from the graph', () => {
  const schema = buildSchema(loadTypeDefs());
  const resolversOf = (type: string) => (typeResolvers as Record<string, Record<string, unknown>>)[type] ?? {};

  it('is declared for every resolver of a node type (a field without one reads its own property)', () => {
    for (const type of Object.keys(FIELD_NEEDS)) {
      const undeclared = Object.keys(resolversOf(type)).filter((field) => !(field in FIELD_NEEDS[type]));
      expect({ type, undeclared }).toEqual({ type, undeclared: [] });
    }
  });

  it('covers every type a planned field returns', () => {
    const planned = new Set([...Object.keys(FIELD_NEEDS), ...Object.keys(EVIDENCE_FIELDS)]);
    for (const type of Object.keys(FIELD_NEEDS)) {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      for (const [field, need] of Object.entries(FIELD_NEEDS[type])) {
        if (need.kind !== 'related' && need.kind !== 'ref' && need.kind !== 'evidence') continue;
        const target = getNamedType(object.getFields()[field].type).name;
        expect({ type, field, target, planned: planned.has(target) }).toEqual({ type, field, target, planned: true });
      }
    }
  });

  it('names fields of the schema, related lists that exist, and lists only where the field is a list', () => {
    const all: Record<string, Record<string, FieldNeed | string>> = { ...FIELD_NEEDS, ...EVIDENCE_FIELDS };
    for (const [type, fields] of Object.entries(all)) {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      for (const [field, need] of Object.entries(fields)) {
        expect({ type, field, exists: field in object.getFields() }).toEqual({ type, field, exists: true });
        if (typeof need === 'object' && need.kind === 'related') expect(RELATED[need.name]).toBeDefined();
        if (typeof need === 'object' && need.kind === 'related' && need.limitArg) {
          expect(object.getFields()[field].args.map((a) => a.name)).toContain(need.limitArg);
        }
      }
    }
  });
});
