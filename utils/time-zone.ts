// The one place that reads the machine's time zone: core/ takes the offset as a
// parameter (core/time.ts explains the sign: UTC+1 → 60).
// `|| 0`: in UTC, -getTimezoneOffset() is −0. Chrome's storage writes it as 0, but
// Firefox's keeps −0 (structured clone), which a JSON backup then brings back as 0:
// an export → import round trip in Firefox was not identical.
export const localOffsetMin = (at: number): number => -new Date(at).getTimezoneOffset() || 0;
