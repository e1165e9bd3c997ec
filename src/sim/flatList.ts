/** The typed arrays the simulator keeps a run's numbers in: per task, per segment, per event. */
export type NumberColumn = Float64Array | Int32Array | Uint8Array;

/**
 * A column with room for `size` entries, its first entries copied from `column` (the same kind of typed array).
 * Tables of columns (a run's tasks, segments, events) grow all their columns at once, doubling: a row costs no
 * heap object, so the garbage collector has nothing to trace or copy.
 * @example grown(new Int32Array([1, 2]), 4) // Int32Array [1, 2, 0, 0]
 */
export function grown<C extends NumberColumn>(column: C, size: number): C {
  const to = new (column.constructor as new (size: number) => C)(size);
  to.set(column.subarray(0, Math.min(column.length, size)));
  return to;
}

/**
 * Every column of a table with room for `size` rows, each grown as `grown` does: a table grows all its columns at
 * once, in one statement.
 * @example [this.starts, this.ends] = grownAll([this.starts, this.ends], 2 * this.starts.length);
 */
export function grownAll<T extends readonly NumberColumn[]>(columns: readonly [...T], size: number): T {
  return columns.map((column) => grown(column, size)) as unknown as T;
}
