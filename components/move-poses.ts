// The stick figures' poses as data: one entry per shared pose (core/exercises.ts FIGURES),
// each a function of the position, and the frame (pelvis, legs, chair) each position
// brings. components/MoveFigure.tsx draws them; nothing here knows about SVG elements.
import type { FigureId, Position } from '@/core/exercises';

type Pt = readonly [number, number];
export type Line = readonly Pt[];

interface Pose {
  /** Front view (facing the reader) or side view (facing right). */
  view: 'front' | 'side';
  /** Pelvis to neck; three points make a curve through the middle one. */
  spine: Line;
  head: Pt;
  /** A nose stub: shows which way the head is turned. */
  nose?: Line;
  arms: readonly Line[];
  /** Legs, when the pose moves them; otherwise the position's own. */
  legs?: readonly Line[];
  /** Thin motion marks and props (path data), drawn lighter than the body. */
  marks?: readonly string[];
}

// Every point is relative to the pelvis (0, 0); y grows downward, 64 units to the box.
const UPRIGHT: Line = [
  [0, 0],
  [0, -20],
];
const HEAD: Pt = [0, -26];
const ARMS_DOWN: readonly Line[] = [
  [
    [0, -18],
    [-6, -9],
    [-8, 0],
  ],
  [
    [0, -18],
    [6, -9],
    [8, 0],
  ],
];
const SIDE_ARM: readonly Line[] = [
  [
    [0, -18],
    [2, -9],
    [3, -1],
  ],
];
const FACING_RIGHT: Line = [
  [5, -26],
  [7.5, -26],
];

export const POSES: Record<FigureId, (position: Position) => Pose> = {
  neutral: () => ({ view: 'front', spine: UPRIGHT, head: HEAD, arms: ARMS_DOWN }),
  neckTilt: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: [4.5, -25],
    arms: ARMS_DOWN,
    marks: ['M-5 -34 Q2 -38 8 -33'],
  }),
  neckTurn: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    nose: FACING_RIGHT,
    arms: ARMS_DOWN,
    marks: ['M-7 -34 Q0 -38 7 -34', 'M5 -36 L7 -34 L4.5 -32.5'],
  }),
  chinTuck: () => ({
    view: 'side',
    spine: UPRIGHT,
    head: [-1.5, -26],
    nose: [
      [3.5, -26],
      [6, -26],
    ],
    arms: SIDE_ARM,
    marks: ['M13 -26 H8', 'M10 -28 L8 -26 L10 -24'],
  }),
  shoulderRoll: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    arms: ARMS_DOWN,
    marks: ['M-6 -22 A3.5 3.5 0 1 1 -10 -18', 'M6 -22 A3.5 3.5 0 1 0 10 -18'],
  }),
  armsUp: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    arms: [
      [
        [0, -18],
        [-5, -26],
        [-6, -34],
      ],
      [
        [0, -18],
        [5, -26],
        [6, -34],
      ],
    ],
  }),
  sideBend: () => ({
    view: 'front',
    spine: [
      [0, 0],
      [0, -11],
      [6, -19],
    ],
    head: [10, -24],
    arms: [
      [
        [5, -17],
        [-1, -25],
        [5, -33],
      ],
      [
        [5, -17],
        [10, -9],
        [12, -1],
      ],
    ],
  }),
  twist: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    nose: FACING_RIGHT,
    arms: [
      [
        [0, -18],
        [7, -15],
        [13, -12],
      ],
      [
        [0, -18],
        [-3, -11],
        [8, -9],
      ],
    ],
    marks: ['M-9 -4 Q0 2 9 -4', 'M6 -6 L9 -4 L6 -1.5'],
  }),
  chestOpen: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    arms: [
      [
        [0, -18],
        [-9, -18],
        [-10, -27],
      ],
      [
        [0, -18],
        [9, -18],
        [10, -27],
      ],
    ],
  }),
  armCross: () => ({
    view: 'front',
    spine: UPRIGHT,
    head: HEAD,
    arms: [
      [
        [0, -18],
        [-6, -16],
        [-13, -16],
      ],
      [
        [0, -18],
        [-7, -9],
        [-5, -15],
      ],
    ],
  }),
  roundBack: (position) => ({
    view: 'side',
    spine: [
      [0, 0],
      [-5, -13],
      [5, -18],
    ],
    head: [9, -23],
    // Seated: hands on the knees; standing: hands pushed away at chest height.
    arms: [
      position === 'seated'
        ? [
            [4, -16],
            [10, -8],
            [13, -1],
          ]
        : [
            [4, -16],
            [12, -14],
            [20, -14],
          ],
    ],
  }),
  forwardFold: (position) => ({
    view: 'side',
    spine:
      position === 'seated'
        ? [
            [0, 0],
            [6, -8],
            [13, -6],
          ]
        : [
            [0, 0],
            [5, 2],
            [8, 12],
          ],
    head: position === 'seated' ? [18, -2] : [9, 18],
    arms:
      position === 'seated'
        ? [
            [
              [11, -6],
              [13, 4],
              [14, 14],
            ],
          ]
        : [
            [
              [8, 10],
              [7, 16],
              [6, 21],
            ],
          ],
  }),
  hipHinge: () => ({
    view: 'side',
    spine: [
      [0, 0],
      [13, -14],
    ],
    head: [18, -18],
    arms: [
      [
        [11, -12],
        [9, -3],
        [4, 5],
      ],
    ],
    legs: [
      [
        [0, 0],
        [4, 11],
        [1, 22],
        [4.5, 22],
      ],
    ],
  }),
  backArch: () => ({
    view: 'side',
    spine: [
      [0, 0],
      [-1, -10],
      [-5, -19],
    ],
    head: [-7, -25],
    nose: [
      [-2.5, -26],
      [0, -26.5],
    ],
    arms: [
      [
        [-4.5, -17],
        [-9, -9],
        [-3, -4],
      ],
    ],
  }),
  figureFour: () => ({
    view: 'side',
    spine: [
      [0, 0],
      [4, -19],
    ],
    head: [6, -25],
    arms: [
      [
        [3.5, -17],
        [6, -9],
        [9, -6],
      ],
    ],
    legs: [
      [
        [0, 0],
        [14, 0],
        [14, 16],
        [17, 16],
      ],
      [
        [0, 0],
        [9, -6],
        [15, -1],
      ],
    ],
  }),
  kneeLift: (position) => ({
    view: 'side',
    spine: UPRIGHT,
    head: HEAD,
    nose: FACING_RIGHT,
    arms: SIDE_ARM,
    legs:
      position === 'seated'
        ? [
            [
              [0, 0],
              [14, 0],
              [14, 16],
              [17, 16],
            ],
            [
              [0, 0],
              [12, -5],
              [13, 10],
              [16, 10],
            ],
          ]
        : [
            [
              [0, 0],
              [0, 11],
              [0, 22],
              [3.5, 22],
            ],
            [
              [0, 0],
              [9, -1],
              [9, 10],
              [12, 10],
            ],
          ],
  }),
  lunge: () => ({
    view: 'side',
    spine: UPRIGHT,
    head: HEAD,
    nose: FACING_RIGHT,
    arms: SIDE_ARM,
    legs: [
      [
        [0, 0],
        [8, 10],
        [8, 22],
        [11.5, 22],
      ],
      [
        [0, 0],
        [-6, 11],
        [-12, 21],
      ],
    ],
  }),
  lookOut: () => ({
    view: 'side',
    spine: UPRIGHT,
    head: HEAD,
    nose: FACING_RIGHT,
    arms: SIDE_ARM,
    marks: ['M14 -36 H26 V-16 H14 Z', 'M20 -36 V-16', 'M14 -26 H26'],
  }),
};

// Where the pelvis sits, and the legs and furniture each position brings.
export function frame(
  position: Position,
  view: Pose['view'],
): { pelvis: Pt; legs: readonly Line[]; props: readonly string[] } {
  if (position === 'standing') {
    return view === 'front'
      ? {
          pelvis: [32, 37],
          legs: [
            [
              [0, 0],
              [-3, 11],
              [-4, 22],
            ],
            [
              [0, 0],
              [3, 11],
              [4, 22],
            ],
          ],
          props: [],
        }
      : {
          pelvis: [26, 37],
          legs: [
            [
              [0, 0],
              [1, 11],
              [0, 22],
              [3.5, 22],
            ],
          ],
          props: [],
        };
  }
  return view === 'front'
    ? {
        pelvis: [32, 42],
        legs: [
          [
            [0, 0],
            [-6, 3],
            [-6, 17],
          ],
          [
            [0, 0],
            [6, 3],
            [6, 17],
          ],
        ],
        props: ['M21 44 H43', 'M22 44 V60', 'M42 44 V60'],
      }
    : {
        pelvis: [26, 42],
        legs: [
          [
            [0, 0],
            [14, 0],
            [14, 16],
            [17, 16],
          ],
        ],
        props: ['M16 45 H33', 'M16 45 L14 27', 'M17 45 V60', 'M32 45 V60'],
      };
}
