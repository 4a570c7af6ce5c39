/**
 * The last result of a computation, recomputed only when one of its inputs changed (compared
 * with `Object.is`). Widgets keep their drawing model in one, so that a hover or a focus,
 * which re-renders, does not rebuild it.
 */
export class Memo<T> {
  private inputs: readonly unknown[] | null = null;
  private value: T | undefined;

  get(inputs: readonly unknown[], compute: () => T): T {
    const previous = this.inputs;
    if (!previous || previous.length !== inputs.length || inputs.some((input, i) => !Object.is(input, previous[i]))) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}
