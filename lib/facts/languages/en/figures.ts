import type { FactContext } from '../../context';
import type { FigureFact } from '../../types';

/** Figures (stub). */
export function figures(ctx: FactContext): FigureFact[] {
  void ctx;
  return [];
}
