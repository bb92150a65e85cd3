// Name-based UUIDs (RFC 9562 §5.5, version 5), so ids need no randomness: the same
// name always gives the same id (the FHIR bundle's resources, core/export-fhir.ts; a
// Daylio row's check-in, core/import-daylio.ts). The `uuid` package's, not a
// hand-written SHA-1.
import { v5 } from 'uuid';

/** The RFC 9562 namespace for URLs. */
export const URL_NAMESPACE = v5.URL;

/** A version 5 UUID of `name` in `namespace`. */
export const uuidV5 = (name: string, namespace: string): string => v5(name, namespace);
