// Settings fields are addressed by dotted paths, as SettingsProblem names them
// (`nudges.walk.intervalMin`, `workingHours.days.1.0.startMin`). These helpers read a
// path, write one into a copy, and build the smallest patch the background accepts:
// nested objects merge, but lists are replaced whole (core/settings.ts updateSettings).
import type { SettingsPatch, SettingsV1 } from '@/core/settings';

type Tree = Record<string, unknown> | unknown[];

const isIndex = (part: string) => /^\d+$/.test(part);

export function settingAt(settings: SettingsV1, path: string): unknown {
  let node: unknown = settings;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A copy of `settings` with `value` at `path`; only the objects and lists on the path are copied. */
export function withSetting(settings: SettingsV1, path: string, value: unknown): SettingsV1 {
  const parts = path.split('.');
  const set = (node: unknown, i: number): unknown => {
    if (i === parts.length) return value;
    const part = parts[i] as string;
    const copy: Tree = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) };
    const child = (node as Record<string, unknown>)[part];
    (copy as Record<string, unknown>)[part] = set(child, i + 1);
    return copy;
  };
  return set(settings, 0) as SettingsV1;
}

/**
 * The patch that turns the stored settings into `next` at `path`: down to the path's
 * first list, which is sent whole (`{ workingHours: { days: [...] } }`).
 */
export function patchFor(next: SettingsV1, path: string): SettingsPatch {
  const parts = path.split('.');
  const listAt = parts.findIndex((part, i) => i > 0 && isIndex(part));
  const kept = listAt === -1 ? parts : parts.slice(0, listAt);
  const keptPath = kept.join('.');
  let patch: unknown = settingAt(next, keptPath);
  for (let i = kept.length - 1; i >= 0; i--) patch = { [kept[i] as string]: patch };
  return patch as SettingsPatch;
}

/** Deep-merges two patches the way updateSettings merges a patch: lists are replaced. */
export function mergePatches(a: SettingsPatch, b: SettingsPatch): SettingsPatch {
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  const merge = (x: unknown, y: unknown): unknown => {
    if (!isObject(x) || !isObject(y)) return y;
    const out: Record<string, unknown> = { ...x };
    for (const [key, value] of Object.entries(y)) out[key] = merge(x[key], value);
    return out;
  };
  return merge(a, b) as SettingsPatch;
}

/** `path` and every path above it: `a.b.c` → `a.b.c`, `a.b`, `a`. */
export function selfAndAncestors(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

// Time inputs give `HH:MM`; settings keep minutes of the day. An end of `00:00`
// means midnight at the end of the day (1440), since a range cannot end before it starts.
export function minutesFromClock(text: string, { end = false } = {}): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return end && minutes === 0 ? 1440 : minutes;
}

export function clockFromMinutes(minutes: number): string {
  const m = minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
