import { describe, expect, it } from 'vitest';
import { FIGURES, POSITIONS } from '@/core/exercises';
import { frame, POSES } from './move-poses';

const BOX = 64;
const HEAD_RADIUS = 5;

describe('move poses', () => {
  it.each(FIGURES.flatMap((figure) => POSITIONS.map((position) => [figure, position] as const)))(
    '%s, %s keeps the body inside the 64-unit box',
    (figure, position) => {
      const pose = POSES[figure](position);
      const { pelvis, legs } = frame(position, pose.view);
      const body = [pose.spine, ...pose.arms, ...(pose.legs ?? legs), ...(pose.nose ? [pose.nose] : [])].flat();
      for (const [x, y] of [...body, pose.head]) {
        const [px, py] = [pelvis[0] + x, pelvis[1] + y];
        expect(Number.isFinite(px) && Number.isFinite(py)).toBe(true);
        expect(px).toBeGreaterThanOrEqual(0);
        expect(px).toBeLessThanOrEqual(BOX);
        expect(py).toBeGreaterThanOrEqual(0);
        expect(py).toBeLessThanOrEqual(BOX);
      }
      const [hx, hy] = [pelvis[0] + pose.head[0], pelvis[1] + pose.head[1]];
      expect(Math.min(hx, hy) - HEAD_RADIUS).toBeGreaterThanOrEqual(0);
      expect(Math.max(hx, hy) + HEAD_RADIUS).toBeLessThanOrEqual(BOX);
    },
  );

  it.each(FIGURES)('%s draws a spine of two or three points and at least one arm', (figure) => {
    for (const position of POSITIONS) {
      const pose = POSES[figure](position);
      expect(pose.spine.length).toBeGreaterThanOrEqual(2);
      expect(pose.spine.length).toBeLessThanOrEqual(3);
      expect(pose.arms.length).toBeGreaterThanOrEqual(1);
    }
  });
});
