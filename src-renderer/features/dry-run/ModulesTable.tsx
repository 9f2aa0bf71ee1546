import { Fragment } from 'react';
import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { SECTION_OF_KIND } from '../../../src-shared/domain/modules';
import { effectiveParams, formatParamValue, moduleKey, PARAM_SOURCE_LABEL } from './effective-params';

/** Every module with its state and the parameters a run gives it, each marked with where its value comes from. */
export function ModulesTable({ modules }: { modules: DryRunReport['modules'] }) {
  return (
    <>
      <h4 className="section-title">Modules</h4>
      <p className="muted module-legend">
        The values a run uses: <span className="param-file">bold</span> = set in the file, <span className="param-runtime">italic</span> = taken from
        [planner] (e.g. a pattern's max_depth), <span className="param-default">grey</span> = the module's default.
      </p>
      <table className="table modules-table" aria-label="Modules loaded">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">State</th>
            <th scope="col">Parameters</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => {
            const list = effectiveParams(m);
            return (
              <tr key={moduleKey(m.kind, m.name)} className={m.enabled ? undefined : 'muted'}>
                <td>
                  <strong>{m.name}</strong>
                  {m.source !== 'builtin' && <span className="chip">{m.source}</span>}
                  <div className="muted module-section">{SECTION_OF_KIND[m.kind]}</div>
                </td>
                <td>
                  {m.enabled ? 'enabled' : 'disabled'}
                  {m.breaker !== 'closed' && <span className="breaker-badge"> breaker {m.breaker.replace('_', '-')}</span>}
                </td>
                <td className="param-list">
                  {list.map((p, i) => (
                    <Fragment key={p.key}>
                      {i > 0 && ', '}
                      <span className={`param-${p.source}`} title={PARAM_SOURCE_LABEL[p.source]} data-source={p.source}>
                        {p.key} = {formatParamValue(p.value)}
                      </span>
                    </Fragment>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
