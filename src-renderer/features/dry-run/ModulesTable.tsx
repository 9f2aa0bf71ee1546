import { Fragment } from 'react';
import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { SECTION_OF_KIND } from '../../../src-shared/domain/modules';
import { formatParamValue, moduleKey, type EffectiveParam } from './effective-params';

/** Every module with its state and the parameters it would run with (file values in bold). */
export function ModulesTable({ modules, params }: { modules: DryRunReport['modules']; params: Map<string, EffectiveParam[]> | null }) {
  return (
    <>
      <h4 className="section-title">Modules</h4>
      <p className="muted module-legend">Parameters in bold are set in the file; grey ones are the spec defaults (the engine may derive some at run time, e.g. a pattern's depth from [planner]).</p>
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
            const list = params?.get(moduleKey(m.kind, m.name)) ?? [];
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
                      <span className={p.fromFile ? 'param-set' : 'param-default'} title={p.fromFile ? 'set in the file' : 'default'}>
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
