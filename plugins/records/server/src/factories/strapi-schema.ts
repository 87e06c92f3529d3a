import { DEPARTMENT_KEY, findBuiltInRegister, hasDepartmentKey, type FieldDescription, type RegisterDescription } from '@wuyedesk/contracts';

type Attribute = Record<string, unknown>;

const USER_UID = 'plugin::users-permissions.user';

const targetUid = (target: string): string => {
  if (target === 'user') return USER_UID;
  const register = findBuiltInRegister(target);
  if (!register) throw new Error(`Relation to unknown register "${target}"`);
  return register.uid;
};

/** One register field as a Strapi attribute; validation also happens before Strapi, in zh-CN. */
export const toStrapiAttribute = (field: FieldDescription): Attribute => {
  const common: Attribute = {
    ...(field.required && !field.managed && field.type !== 'relation' ? { required: true } : {}),
    ...(field.unique ? { unique: true } : {}),
  };
  switch (field.type) {
    case 'string':
    case 'phone':
      return { type: 'string', ...common, ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
    case 'email':
      return { type: 'email', ...common };
    case 'text':
      return { type: 'text', ...common, ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
    case 'integer':
      return { type: 'integer', ...common };
    case 'decimal':
    case 'money':
      return { type: 'decimal', ...common };
    case 'date':
      return { type: 'date', ...common };
    case 'datetime':
      return { type: 'datetime', ...common };
    case 'boolean':
      return { type: 'boolean', ...common, ...(field.default !== undefined ? { default: field.default } : {}) };
    case 'enum':
      return {
        type: 'enumeration',
        enum: (field.options ?? []).map((o) => o.value),
        ...common,
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case 'relation':
      return { type: 'relation', relation: field.multiple ? 'manyToMany' : 'manyToOne', target: targetUid(field.target ?? '') };
    case 'media':
      return { type: 'media', multiple: field.multiple ?? false, allowedTypes: field.accept ?? ['images'] };
    case 'idcard':
      return { type: 'string', ...common, maxLength: 18 };
    case 'json':
    case 'group':
      return { type: 'json', ...common };
  }
};

/**
 * The Strapi content-type schema of a built-in register, derived from its description so the
 * fields, enums and the panel's labels never drift apart. Loaded by Strapi as `schema.js`.
 */
export const toStrapiSchema = (register: RegisterDescription) => ({
  kind: 'collectionType',
  collectionName: register.collectionName,
  info: {
    singularName: register.singularName,
    pluralName: register.pluralName,
    displayName: register.label['zh-CN'],
    description: register.label.en,
  },
  options: { draftAndPublish: false },
  pluginOptions: {},
  attributes: {
    ...Object.fromEntries(
      register.fields.map((f) => {
        const attribute = toStrapiAttribute(f);
        if (register.workflow && f.name === register.workflow.field) attribute.default = register.workflow.initial;
        return [f.name, attribute];
      }),
    ),
    // Kept by the database from the department relation (services/department-key.ts); never in an answer.
    ...(hasDepartmentKey(register) ? { [DEPARTMENT_KEY]: { type: 'integer', private: true, configurable: false } } : {}),
  },
});
