/**
 * Chart colours and sizes. Charts have fixed pixel sizes (no ResponsiveContainer)
 * so they look the same on screen and on an A4 page; the card scrolls sideways
 * on a narrow window instead of squashing the bars.
 */
export const COLOURS = {
  commendable: '#1b7f4b',
  adverse: '#b3261e',
  inspections: '#0b5cab',
  findings: '#a15c00',
  neutral: '#5b6676',
  grid: '#d9dee6',
} as const;

export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 260;

/** A horizontal bar chart grows with its rows, so long lists keep readable labels. */
export function barsHeight(rows: number): number {
  return Math.max(120, 40 + rows * 28);
}

export const AXIS_TICK = { fontSize: 12, fill: '#384252' } as const;
