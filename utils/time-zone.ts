// The one place that reads the machine's time zone: core/ takes the offset as a
// parameter (core/time.ts explains the sign: UTC+1 → 60).
export const localOffsetMin = (at: number): number => -new Date(at).getTimezoneOffset();
