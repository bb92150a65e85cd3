// A value made on its first use and kept. The background worker starts for every
// wake and pays for each schema built while it loads; schemas that only a request
// needs (check-ins, messages, PHQ-2, reflections) are built when the first such
// request arrives, so a wake for an alarm or an idle change never builds them.

/** `make` runs once, on the first call; every call returns what it made. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
