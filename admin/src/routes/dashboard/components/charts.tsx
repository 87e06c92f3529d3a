import { Bar, Column } from '@ant-design/plots';
import type { CountFigure } from '@wuyedesk/contracts';
import type { CompletionPoint } from '../dashboard-data';

/**
 * The charts, in a module of their own: the dashboard loads it with React.lazy, so
 * @ant-design/plots (G2, ~300 KB gzip) arrives only when someone opens the dashboard.
 */
export const CompletionChart = ({ points, labels }: { points: CompletionPoint[]; labels: Record<CompletionPoint['outcome'], string> }) => (
  <Column
    data={points.map((p) => ({ ...p, outcome: labels[p.outcome] }))}
    xField="period"
    yField="count"
    colorField="outcome"
    stack
    height={260}
    scale={{ color: { range: ['#52c41a', '#faad14', '#d9d9d9'] } }}
  />
);

export const CountBars = ({ rows, height = 220 }: { rows: CountFigure[]; height?: number }) => (
  <Bar data={rows} xField="label" yField="count" height={height} label={{ text: 'count', position: 'right' }} />
);

export const RateColumns = ({ rows }: { rows: Array<{ name: string; kind: string; rate: number }> }) => (
  <Column data={rows} xField="name" yField="rate" colorField="kind" group height={240} axis={{ y: { labelFormatter: '.0%' } }} />
);
