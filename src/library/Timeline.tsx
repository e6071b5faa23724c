// An event's timeline as plain SVG through Preact: no chart library to ship, and the element on screen is
// the file the user exports (all styling is in attributes, so the SVG stands alone).
import type { Ref } from 'preact';
import type { TollEvent, TollPoint } from '../core/events/group';
import { CONFLICT_WORDING, eventTitle, reportDay, sourceLabel, tollCount } from '../core/events/wording';
import { CONFLICT_COLOUR, layoutTimeline, PLOT, VAGUE_LANE_Y, type PlacedPoint } from './timeline-layout';

const INK = '#1b1b1f';
const GRID = '#dedee4';
const MUTED = '#5c5c66';
const FONT = 'system-ui, sans-serif';
/** About how wide a character of an 11 px label is: enough to size the label's click target. */
const LABEL_CHAR_WIDTH = 6.5;

export const describePoint = (point: TollPoint): string =>
  `${tollCount(point.claim.figure)} ${point.claim.figure.kind}, ${sourceLabel(point)}, ${reportDay(point)}${point.dateIs === 'first-seen' ? ' (first seen)' : ''}${point.conflicting ? ', in conflict' : ''}`;

interface TimelineProps {
  event: TollEvent;
  svgRef?: Ref<SVGSVGElement>;
  onOpen(point: TollPoint): void;
  openId: string | null;
}

export function Timeline({ event, svgRef, onOpen, openId }: TimelineProps) {
  const layout = layoutTimeline(event);
  const byId = new Map(layout.points.map((placed) => [placed.point.claim.id, placed]));
  const titleId = `timeline-title-${event.id}`;
  const legendTop = layout.bottom + 44;
  const legendWidth = (PLOT.width - PLOT.left) / 3;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-labelledby={titleId}
      data-testid="timeline"
      font-family={FONT}
      font-size="12"
    >
      <title id={titleId}>{`Timeline of tolls: ${eventTitle(event)}`}</title>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      <text x={PLOT.left} y={18} fill={INK} font-weight="600">
        {`${eventTitle(event)}: ${event.points.length} report${event.points.length === 1 ? '' : 's'}`}
      </text>
      {layout.points.some((placed) => placed.shape === 'vague') && (
        <text x={PLOT.left - 8} y={VAGUE_LANE_Y + 4} fill={MUTED} text-anchor="end" font-size="10">
          vague
        </text>
      )}
      {layout.yTicks.map((tick) => (
        <g key={`y${tick.label}`}>
          <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={tick.at} y2={tick.at} stroke={GRID} />
          <text x={PLOT.left - 8} y={tick.at + 4} fill={MUTED} text-anchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {layout.xTicks.map((tick) => (
        <g key={`x${tick.label}`}>
          <line x1={tick.at} x2={tick.at} y1={layout.bottom} y2={layout.bottom + 5} stroke={MUTED} />
          <text x={tick.at} y={layout.bottom + 18} fill={MUTED} text-anchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={layout.bottom} y2={layout.bottom} stroke={MUTED} />
      <text
        x={14}
        y={PLOT.top + PLOT.plotHeight / 2}
        fill={MUTED}
        text-anchor="middle"
        transform={`rotate(-90 14 ${PLOT.top + PLOT.plotHeight / 2})`}
      >
        {event.kind}
      </text>
      {event.conflicts.map((conflict) => {
        const [a, b] = conflict.claimIds.map((id) => byId.get(id));
        if (!a || !b) return null;
        const middle = (placed: PlacedPoint): number => (placed.y + placed.yLow) / 2;
        return (
          <line
            key={conflict.claimIds.join('|')}
            x1={a.x}
            y1={middle(a)}
            x2={b.x}
            y2={middle(b)}
            stroke={CONFLICT_COLOUR}
            stroke-width="1.5"
            stroke-dasharray="4 3"
            data-testid="conflict-line"
          />
        );
      })}
      {layout.points.map((placed) => (
        <PointMark
          key={placed.point.claim.id}
          placed={placed}
          open={openId === placed.point.claim.id}
          onOpen={() => onOpen(placed.point)}
        />
      ))}
      {[
        ...layout.legend.map((entry) => ({ label: entry.source, colour: entry.colour, conflict: false })),
        ...(event.conflicts.length > 0 ? [{ label: 'in conflict', colour: CONFLICT_COLOUR, conflict: true }] : []),
      ].map((entry, index) => {
        const x = PLOT.left + (index % 3) * legendWidth;
        const y = legendTop + Math.floor(index / 3) * PLOT.legendRow;
        return (
          <g key={`legend-${entry.label}`} data-testid="legend-entry">
            {entry.conflict ? (
              <circle
                cx={x + 6}
                cy={y - 4}
                r={6}
                fill="none"
                stroke={entry.colour}
                stroke-width="2"
                stroke-dasharray="3 2"
              />
            ) : (
              <rect x={x} y={y - 10} width={12} height={12} rx={2} fill={entry.colour} />
            )}
            <text x={x + 18} y={y} fill={INK}>
              {entry.label}
            </text>
          </g>
        );
      })}
      {event.conflicts.length > 0 && (
        <text x={PLOT.width - PLOT.right} y={18} fill={CONFLICT_COLOUR} text-anchor="end">
          {`${event.conflicts.length} conflict${event.conflicts.length === 1 ? '' : 's'}: ${[...new Set(event.conflicts.map((conflict) => CONFLICT_WORDING[conflict.rule]))].join('; ')}`}
        </text>
      )}
    </svg>
  );
}

function PointMark({ placed, open, onOpen }: { placed: PlacedPoint; open: boolean; onOpen(): void }) {
  const { point, x, y, yLow, colour, shape } = placed;
  const middle = (y + yLow) / 2;
  const label = tollCount(point.claim.figure);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={describePoint(point)}
      aria-pressed={open}
      data-testid="timeline-point"
      data-claim-id={point.claim.id}
      data-conflicting={String(point.conflicting)}
      cursor="pointer"
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen();
        }
      }}
    >
      <title>{describePoint(point)}</title>
      {/* an invisible target over the mark and its label, so a thin bar is easy to click */}
      <rect
        x={x - 8}
        y={Math.min(y, yLow) - 8}
        width={22 + label.length * LABEL_CHAR_WIDTH}
        height={Math.abs(yLow - y) + 16}
        fill="transparent"
      />
      {shape === 'bar' && (
        <>
          <line x1={x} x2={x} y1={y} y2={yLow} stroke={colour} stroke-width="5" stroke-linecap="round" />
          <line x1={x - 6} x2={x + 6} y1={yLow} y2={yLow} stroke={colour} stroke-width="2" />
          {placed.open ? (
            <path d={`M ${x - 6} ${y + 6} L ${x} ${y - 2} L ${x + 6} ${y + 6} Z`} fill={colour} />
          ) : (
            <line x1={x - 6} x2={x + 6} y1={y} y2={y} stroke={colour} stroke-width="2" />
          )}
        </>
      )}
      {shape === 'dot' && <circle cx={x} cy={y} r={6} fill={colour} stroke="#ffffff" stroke-width="1.5" />}
      {shape === 'vague' && (
        <path
          d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`}
          fill="#ffffff"
          stroke={colour}
          stroke-width="2"
        />
      )}
      {point.conflicting && (
        <circle
          cx={x}
          cy={shape === 'bar' ? yLow : middle}
          r={11}
          fill="none"
          stroke={CONFLICT_COLOUR}
          stroke-width="2"
          stroke-dasharray="3 2"
          data-testid="conflict-mark"
        />
      )}
      <text x={x + 14} y={(shape === 'bar' ? yLow : y) + 4} fill={INK} font-size="11">
        {label}
      </text>
      {open && (
        <circle cx={x} cy={shape === 'bar' ? yLow : middle} r={15} fill="none" stroke={INK} stroke-width="1.5" />
      )}
    </g>
  );
}
