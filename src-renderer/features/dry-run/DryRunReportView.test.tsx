import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { DryRunReportView } from './DryRunReportView';

const range = { line: 11, column: 13, endLine: 11, endColumn: 14 };
const base: DryRunReport = {
  valid: true,
  problems: [{ severity: 'warning', code: 'performance', path: ['planner', 'max_depth'], message: 'may be slow', range }],
  warnings: ['planner.max_depth: may be slow', 'no sell calculator enabled'],
  modules: [
    {
      name: 'direct_buy',
      kind: 'pattern',
      enabled: true,
      source: 'builtin',
      breaker: 'open',
      resolvedParams: { max_depth: 3, min_value: 100 },
      paramSources: { max_depth: 'runtime', min_value: 'file' },
    },
  ],
  estimates: [{ module: 'direct_buy', kind: 'pattern', depth: 1, maxSequences: 3, note: '' }],
  totalMaxGenerated: 3,
  totalMaxEvaluated: 3,
  plugins: [],
};

describe('DryRunReportView', () => {
  it('lists a located warning once, with its line, and shows the tables and the breaker', () => {
    const html = renderToStaticMarkup(<DryRunReportView report={base} />);
    expect(html).toContain('Valid · 1 of 1 modules enabled · up to 3 sequences generated, 3 evaluated');
    expect(html.match(/may be slow/g)).toHaveLength(1);
    expect(html).toContain('Line 11, column 13: may be slow');
    expect(html).toContain('no sell calculator enabled');
    expect(html).toContain('aria-label="Estimated sequences"');
    // each resolved value marked with its source
    expect(html).toContain('<span class="param-runtime" title="from [planner]" data-source="runtime">max_depth = 3</span>');
    expect(html).toContain('<span class="param-file" title="set in the file" data-source="file">min_value = 100</span>');
    expect(html).toContain('breaker open');
  });

  it('shows only the problems when the text is invalid', () => {
    const html = renderToStaticMarkup(
      <DryRunReportView
        report={{ ...base, valid: false, problems: [{ severity: 'error', code: 'syntax', path: [], message: 'bad', range }], warnings: [], modules: [], estimates: [] }}
      />,
    );
    expect(html).toContain('Invalid · 1 problem to fix');
    expect(html).toContain('aria-label="Dry-run problems"');
    expect(html).not.toContain('Estimated sequences');
    expect(html).not.toContain('Modules loaded');
  });
});
