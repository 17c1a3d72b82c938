import type fc from 'fast-check';
import {
  allNull,
  badEnumField,
  deepField,
  hugeNumberField,
  hugeStringField,
  lookAlikeField,
  missingRequired,
  nullField,
  oddField,
  prototypeField,
  unknownField,
  wholeBody,
  wrongType,
} from './body-mutations.js';
import type { Mutated, Mutation, MutationContext, Parts } from './mutation.js';
import { pathForeign, pathGarbage, pathIdForm, pathUnknown } from './path-mutations.js';
import {
  queryBadEnum,
  queryBrokenPercent,
  queryEmpty,
  queryHuge,
  queryIdForm,
  queryLookAlike,
  queryOdd,
  queryRepeated,
  queryUnknown,
  queryWrongType,
} from './query-mutations.js';

/** Every mutation with its weight among those that apply to an operation. */
const MUTATIONS: readonly [Mutation, number][] = [
  [wrongType, 3],
  [nullField, 3],
  [allNull, 1],
  [missingRequired, 2],
  [unknownField, 2],
  [prototypeField, 2],
  [oddField, 2],
  [lookAlikeField, 3],
  [hugeStringField, 1],
  [hugeNumberField, 2],
  [deepField, 2],
  [badEnumField, 2],
  [wholeBody, 8],
  [queryWrongType, 2],
  [queryLookAlike, 3],
  [queryBadEnum, 2],
  [queryOdd, 2],
  [queryBrokenPercent, 1],
  [queryHuge, 1],
  [queryEmpty, 1],
  [queryIdForm, 2],
  [queryRepeated, 1],
  [queryUnknown, 1],
  [pathIdForm, 5],
  [pathForeign, 2],
  [pathUnknown, 2],
  [pathGarbage, 3],
];

/** The mutations that apply to this valid request, weighted. */
export function mutationsOf(parts: Parts, context: MutationContext): { arbitrary: fc.Arbitrary<Mutated>; weight: number }[] {
  return MUTATIONS.flatMap(([mutation, weight]) => {
    const arbitrary = mutation(parts, context);
    return arbitrary === undefined ? [] : [{ arbitrary, weight }];
  });
}
