import { EventStream } from './EventStream';
import { PerformanceReport } from './PerformanceReport';
import './activity.css';

/** Live planner events and the per-module performance of a run. */
export function ActivityPanel() {
  return (
    <div className="activity-panel">
      <h3 className="section-title">Live events</h3>
      <EventStream />
      <h3 className="section-title">Performance</h3>
      <PerformanceReport />
    </div>
  );
}
