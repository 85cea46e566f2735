import { joinPointer } from '../../json-pointer.js';
import type { IndexedTransition, StateIndex } from '../state-index.js';
import type { Effect } from '../workflow-definition.generated.js';

/** An effect declared on a transition (an action, `onDone` or a deadline's `onExpire`). */
export interface EffectSite {
  /** Pointer of the effect object. */
  pointer: string;
  effect: Effect;
  transition: IndexedTransition;
}

/**
 * Where an expression sits: a guard, the value of a `set` entry, an argument of `call.with`, or a
 * value of `start.data` or `start.starter`.
 */
export type ExpressionPlace = 'when' | 'set' | 'with' | 'branches' | 'start';

/** An expression written in the definition, with the transition it belongs to. */
export interface ExpressionSite {
  /** Pointer of the expression string. */
  pointer: string;
  source: string;
  place: ExpressionPlace;
  transition: IndexedTransition;
}

/** A `set` entry: a pointer into the instance data and the expression giving its new value. */
export interface SetSite {
  /** Pointer of the entry in the definition (…/set/<escaped target>). */
  pointer: string;
  /** The target as written: a JSON pointer into the instance data. */
  target: string;
  transition: IndexedTransition;
}

/** Everything on transitions that the checks look at, collected in one walk. */
export interface TransitionSites {
  effects: EffectSite[];
  expressions: ExpressionSite[];
  sets: SetSite[];
}

/** Collects the effects, expressions and `set` entries of every transition in the index. */
export function collectTransitionSites(index: StateIndex): TransitionSites {
  const sites: TransitionSites = { effects: [], expressions: [], sets: [] };
  for (const transition of index.transitions) {
    const body = transition.transition as {
      when?: string;
      branches?: string;
      set?: Record<string, string>;
      effects?: Effect[];
    };
    if (body.when !== undefined) {
      sites.expressions.push({ pointer: joinPointer(transition.pointer, 'when'), source: body.when, place: 'when', transition });
    }
    if (body.branches !== undefined) {
      sites.expressions.push({ pointer: joinPointer(transition.pointer, 'branches'), source: body.branches, place: 'branches', transition });
    }
    for (const [target, source] of Object.entries(body.set ?? {})) {
      const pointer = joinPointer(transition.pointer, 'set', target);
      sites.sets.push({ pointer, target, transition });
      sites.expressions.push({ pointer, source, place: 'set', transition });
    }
    (body.effects ?? []).forEach((effect, position) => {
      const pointer = joinPointer(transition.pointer, 'effects', position);
      sites.effects.push({ pointer, effect, transition });
      for (const [name, source] of Object.entries(effect.call?.with ?? {})) {
        sites.expressions.push({ pointer: joinPointer(pointer, 'call', 'with', name), source, place: 'with', transition });
      }
      for (const [target, source] of Object.entries(effect.start?.data ?? {})) {
        sites.expressions.push({ pointer: joinPointer(pointer, 'start', 'data', target), source, place: 'start', transition });
      }
      if (effect.start?.starter !== undefined) {
        sites.expressions.push({ pointer: joinPointer(pointer, 'start', 'starter'), source: effect.start.starter, place: 'start', transition });
      }
    });
  }
  return sites;
}
