/**
 * Growable lists of numbers in typed arrays (the capacity doubles): per-task and per-segment figures of a run
 * kept without a heap object each, so the garbage collector has nothing to trace or copy.
 */
export class Float64List {
  private items = new Float64Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  at(index: number): number {
    return this.items[index];
  }

  set(index: number, value: number): void {
    this.items[index] = value;
  }
}

/** `Float64List` for whole numbers in 32 bits (indices, counts, codes). */
export class Int32List {
  private items = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  at(index: number): number {
    return this.items[index];
  }

  set(index: number, value: number): void {
    this.items[index] = value;
  }
}
