import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { Heatmap } from './Heatmap';
import { LineChart } from './LineChart';

describe('LineChart', () => {
  it('is an image named by its title, breaks the line at missing values and lists the data', () => {
    const html = renderToStaticMarkup(
      <LineChart title="Score by depth" xLabel="max_depth" yLabel="score" points={[{ x: 3, y: 0.5 }, { x: 1, y: 0.2 }, { x: 2, y: null }, { x: 4, y: 0.6 }]} />,
    );
    expect(html).toContain('role="img" aria-label="Score by depth"');
    // x=2 is missing: two segments (1 alone, then 3–4) and three dots.
    expect(html.match(/class="chart-line"/g)).toHaveLength(2);
    expect(html.match(/class="chart-dot"/g)).toHaveLength(3);
    // The table fallback lists rows in x order with a dash for the gap.
    const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['1', '0.2', '2', '—', '3', '0.5', '4', '0.6']);
  });
});

describe('Heatmap', () => {
  it('draws one cell per grid point, darkest for the highest value', () => {
    const html = renderToStaticMarkup(
      <Heatmap title="Heat" xLabel="a" yLabel="b" xValues={[1, 2]} yValues={[10, 20]} values={[[0, 1], [0.5, null]]} valueLabel="score" />,
    );
    expect(html.match(/<rect/g)).toHaveLength(4);
    expect(html).toContain('fill="rgb(8, 48, 107)"'); // the max (1)
    expect(html).toContain('fill="rgb(222, 235, 247)"'); // the min (0)
    expect(html).toContain('chart-cell-empty');
    expect(html).toContain('a 2, b 20: score no value');
  });
});

describe('BarChart', () => {
  it('scales bar widths to the values', () => {
    const html = renderToStaticMarkup(<BarChart title="Time" unit="ms" bars={[{ label: 'x', value: 10 }, { label: 'y', value: 5 }]} />);
    const widths = [...html.matchAll(/class="chart-bar"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 6);
  });
});
