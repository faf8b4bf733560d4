export const PROPERTIES: string[];
export interface CaseFoldTable {
  fold: [number, number][];
  astral: [number, number][];
  extra: Record<string, [number, number][]>;
  lowerDiffers: [number, number][];
}
export function computeTable(): CaseFoldTable;
export function render(table: CaseFoldTable): string;
