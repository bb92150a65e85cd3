// A small dense linear system, solved with its inverse: the least-squares fits of
// core/insight-ar1.ts (three or four unknowns) need both the coefficients and the
// inverse of the normal matrix (the coefficients' covariance).
/** Solves the small system a·b = c (Gauss–Jordan with partial pivoting); null when it is singular. */
export function solve(a: number[][], c: number[]): { b: number[]; inverse: number[][] } | null {
  const m = c.length;
  const rows = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0)), c[i] as number]);
  const scale = Math.max(1e-300, ...a.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++)
      if (Math.abs((rows[r] as number[])[col] as number) > Math.abs((rows[pivot] as number[])[col] as number))
        pivot = r;
    if (Math.abs((rows[pivot] as number[])[col] as number) <= 1e-10 * scale) return null;
    [rows[col], rows[pivot]] = [rows[pivot] as number[], rows[col] as number[]];
    const row = rows[col] as number[];
    const p = row[col] as number;
    for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / p;
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const other = rows[r] as number[];
      const f = other[col] as number;
      if (f === 0) continue;
      for (let j = 0; j < row.length; j++) other[j] = (other[j] as number) - f * (row[j] as number);
    }
  }
  return { b: rows.map((row) => row[2 * m] as number), inverse: rows.map((row) => row.slice(m, 2 * m)) };
}
