import { isCuid } from '@paralleldrive/cuid2';
import { createDocumentIds } from '../document-id';

describe('createDocumentIds', () => {
  it('makes ids shaped like Strapi\'s cuid2 documentIds, never the same twice', () => {
    const next = createDocumentIds();
    const ids = Array.from({ length: 50_000 }, next);
    for (const id of ids.slice(0, 1000)) {
      expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
      expect(isCuid(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
