// A soft chime at the end of a break (issue 14), made on the spot with Web Audio: two
// quiet sine tones that fade out, so no sound file is bundled or fetched. Off unless
// the chime setting is on; where audio is unavailable or blocked it stays silent.

/** Two notes a fifth apart (A5, E6), each fading over about a second. */
const NOTES = [
  { hz: 880, at: 0 },
  { hz: 1318.5, at: 0.18 },
] as const;
const PEAK_GAIN = 0.08;
const FADE_SEC = 1.2;

export function playChime(): void {
  const Context = globalThis.AudioContext;
  if (typeof Context !== 'function') return;
  try {
    const audio = new Context();
    const start = audio.currentTime;
    for (const note of NOTES) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = note.hz;
      gain.gain.setValueAtTime(0, start + note.at);
      gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + FADE_SEC);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + note.at);
      osc.stop(start + note.at + FADE_SEC);
    }
    setTimeout(() => void audio.close(), (FADE_SEC + 0.5) * 1000);
  } catch {
    // No sound is fine: the page already says in words that the time is up.
  }
}
