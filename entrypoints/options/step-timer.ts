// Performance marks for the steps of an import, so where the time goes shows in
// DevTools' Performance panel and in bench/data.mjs: each step is measured from the
// end of the step before it, as `<name>:<step>`, and the whole as `<name>`.
export function stepTimer(name: string) {
  let previous = `${name}:start`;
  performance.mark(previous);
  return {
    /** `step` has just ended. */
    step(step: string) {
      const end = `${name}:${step}:end`;
      performance.mark(end);
      performance.measure(`${name}:${step}`, previous, end);
      previous = end;
    },
    /** Everything has ended. */
    done() {
      performance.measure(name, `${name}:start`);
    },
  };
}
