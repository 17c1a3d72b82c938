import type { ColumnContract, ColumnType } from '../connector-metadata.js';
import type { FoundColumns } from './warehouse-session.js';

/** An integer column holds exact decimals too; nothing else stands in for another type. */
const fits = (expected: ColumnType, found: ColumnType | null): boolean => found === expected || (expected === 'decimal' && found === 'integer');

/**
 * Each way a table misses its contract: a required column absent, or a column (required or
 * not) of a type that cannot hold the contract's (a FLOAT for a decimal is inexact).
 */
export function columnProblems(contract: ColumnContract, found: FoundColumns): string[] {
  const problems: string[] = [];
  for (const column of contract.columns) {
    const actual = found.get(column.name);
    if (actual === undefined) {
      if (column.required) problems.push(`${column.name} is missing`);
    } else if (!fits(column.type, actual.type)) {
      problems.push(`${column.name} is ${actual.native}, not ${column.type}`);
    }
  }
  return problems;
}

/** The contract's columns the table has, in contract order: what a read selects (optional ones absent read as null). */
export const presentColumns = (contract: ColumnContract, found: FoundColumns): string[] =>
  contract.columns.filter((c) => found.has(c.name)).map((c) => c.name);
