// A test-only build mode: `WXT_TIME_SCALE=60 wxt build` makes every nudge interval,
// duration, snooze and call wait 60× shorter (20 min → 20 s), so the end-to-end suite
// can watch real alarms fire. Production builds leave it unset: minutes stay minutes.
import type { SettingsV1 } from '@/core/settings';

const raw = Number(import.meta.env.WXT_TIME_SCALE ?? 1);
const scale = Number.isFinite(raw) && raw > 1 ? raw : 1;

export const timeScale = {
  factor: scale,
  apply(settings: SettingsV1): SettingsV1 {
    if (scale === 1) return settings;
    const nudge = <T extends { intervalMin: number; durationSec: number }>(n: T): T => ({
      ...n,
      intervalMin: n.intervalMin / scale,
      durationSec: n.durationSec / scale,
    });
    return {
      ...settings,
      nudges: {
        posture: nudge(settings.nudges.posture),
        stretch: nudge(settings.nudges.stretch),
        walk: nudge(settings.nudges.walk),
      },
      customNudges: settings.customNudges.map(nudge),
      snoozeMin: settings.snoozeMin / scale,
      maxWaitMin: settings.maxWaitMin / scale,
    };
  },
};
