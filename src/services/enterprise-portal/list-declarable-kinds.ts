import { loadCatalog } from '../../catalog/catalog.ts';
import {
  DECLARATION_CATEGORIES,
  DECLARATION_CATEGORY_LABELS,
  type DeclarationCategory,
} from '../../domain/workflows/declaration-workflow.ts';
import { categoryOfKind } from '../workflows/normalize-declared-record.ts';

export interface DeclarableKind {
  code: string;
  label: string;
  category: DeclarationCategory;
  categoryLabel: string;
  /** The fields the enterprise fills in, by the same Chinese headers as a department's file; name and code come from the account. */
  fields: Array<{ header: string; type: string; required: boolean; values: string[] | null }>;
}

/**
 * What an enterprise may declare (自主申报, 001 §二(二): 荣誉表彰、专业资质或其他信息): the positive kinds of the catalog,
 * 荣誉表彰 and 专业资质 first, each with the fields of its form. submit-declaration.ts fills the enterprise's name and
 * code in itself, so those fields are left out.
 */
export function listDeclarableKinds(): DeclarableKind[] {
  const kinds = loadCatalog().kinds.filter((kind) => kind.polarity === 'positive');
  return kinds
    .map((kind) => {
      const category = categoryOfKind(kind);
      return {
        code: kind.code,
        label: kind.label,
        category,
        categoryLabel: DECLARATION_CATEGORY_LABELS[category],
        fields: kind.fields
          .filter((field) => field.role !== 'subject_name' && field.role !== 'subject_uscc')
          .map((field) => ({
            header: field.header,
            type: field.type,
            required: field.required,
            values: field.values ?? null,
          })),
      };
    })
    .sort((a, b) => DECLARATION_CATEGORIES.indexOf(a.category) - DECLARATION_CATEGORIES.indexOf(b.category));
}
