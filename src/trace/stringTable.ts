/**
 * Strings (ids, labels, lanes) kept once each, numbered in the order they are first met: the string table of
 * the packed trace columns (`traceColumns.ts`), filled by the simulation worker's packer and the import's fast
 * reader alike.
 */
export function stringTable(): { readonly strings: string[]; readonly intern: (s: string) => number } {
  const table = new Map<string, number>();
  const strings: string[] = [];
  const intern = (s: string): number => {
    let i = table.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      table.set(s, i);
    }
    return i;
  };
  return { strings, intern };
}
