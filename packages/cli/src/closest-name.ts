// Kept by hand: 25 lines that count a swap of two letters as one edit (`hedas` -> `heads`), as
// git and cargo do; the Levenshtein packages on npm (`fastest-levenshtein`, `leven`) count it as
// two, and a dependency would cost a module load on every mistyped command.
/** The known name within two edits of `word`, for "did you mean". */
export function closestName(word: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap =
        i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]
          ? previous[j - 2]!
          : Number.POSITIVE_INFINITY;
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        swap,
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}
