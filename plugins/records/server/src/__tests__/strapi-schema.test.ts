import { complaintRegister, keyCountRegister } from '@wuyedesk/contracts';
import { toStrapiSchema } from '../factories/strapi-schema';

describe('Strapi schemas derived from register descriptions', () => {
  const schema = toStrapiSchema(complaintRegister);

  it('is a collection without drafts, named as Strapi expects', () => {
    expect(schema).toMatchObject({
      kind: 'collectionType',
      collectionName: 'complaints',
      info: { singularName: 'complaint', pluralName: 'complaints', displayName: '客户诉求' },
      options: { draftAndPublish: false },
    });
  });

  it('turns enums into enumerations with their default', () => {
    expect(schema.attributes.complexity).toEqual({
      type: 'enumeration',
      enum: ['general', 'fairly_complex', 'complex', 'very_complex'],
      required: true,
      default: 'general',
    });
  });

  it('starts the status at the workflow’s first state', () => {
    expect(schema.attributes.status).toMatchObject({ type: 'enumeration', default: 'received' });
  });

  it('relates to other registers and to users by uid', () => {
    expect(schema.attributes.unit).toEqual({ type: 'relation', relation: 'manyToOne', target: 'api::unit.unit' });
    expect(schema.attributes.assignee).toEqual({ type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user' });
    expect(toStrapiSchema(keyCountRegister).attributes.missingKeys).toEqual({ type: 'relation', relation: 'manyToMany', target: 'api::key.key' });
  });

  it('keeps length limits and uniqueness, and leaves system fields optional', () => {
    expect(schema.attributes.description).toEqual({ type: 'text', required: true, maxLength: 2000 });
    expect(schema.attributes.number).toEqual({ type: 'string', unique: true, maxLength: 40 });
  });

  it('stores photos as multiple images', () => {
    expect(schema.attributes.photos).toEqual({ type: 'media', multiple: true, allowedTypes: ['images'] });
  });
});
