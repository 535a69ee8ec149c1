// A list whose storage outlives its contents. The engine's working lists are filled and emptied
// once per line; emptying a JavaScript array (length = 0) throws its storage away, and growing it
// again is most of what a line used to allocate.
export class List<T> {
  items: T[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(x: T): void {
    this.items[this.length++] = x;
  }

  get(i: number): T {
    return this.items[i] as T;
  }

  last(): T | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  includes(x: T): boolean {
    for (let i = 0; i < this.length; i++) if (this.items[i] === x) return true;
    return false;
  }

  /** Sorts in place, stably: insertion sort for the usual short lists (no allocation), the
   * engine's sort for long ones (a line of thousands of damaged words). */
  sort(before: (a: T, b: T) => number): void {
    const a = this.items;
    if (this.length > 32) {
      const sorted = a.slice(0, this.length).sort(before);
      for (let i = 0; i < sorted.length; i++) a[i] = sorted[i] as T;
      return;
    }
    for (let i = 1; i < this.length; i++) {
      const x = a[i] as T;
      let j = i - 1;
      while (j >= 0 && before(a[j] as T, x) > 0) {
        a[j + 1] = a[j] as T;
        j--;
      }
      a[j + 1] = x;
    }
  }
}
