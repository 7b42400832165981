/**
 * The site model (issue #12 exports it to scripts and component overrides): what a page, feed or
 * API file is handed, field by field, and each incident's state at `now`.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { LoadedConfig } from '../src/core/content/config/config.ts';
import type { Incident } from '../src/core/content/model.ts';
import type { ComponentStatus, UpdateStatus } from '../src/core/content/statuses.ts';
import type { Diagnostic } from '../src/core/diagnostics/diagnostics.ts';
import { ContentError } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import type { Indicator, OverallStatus } from '../src/core/status/overall.ts';
import type { IncidentState, MaintenanceState, Segment } from '../src/core/status/timeline.ts';
import type { Caches } from '../src/core/shared/caches.ts';
import type { ComponentUptime, DayUptime } from '../src/core/status/uptime.ts';

describe('SiteModel', () => {
  test('every field, all required', () => {
    expectTypeOf<SiteModel>().toEqualTypeOf<{
      root: string;
      now: Date;
      site: LoadedConfig;
      states: IncidentState[];
      byId: Map<string, IncidentState>;
      overall: OverallStatus;
      openIncidents: IncidentState[];
      activeMaintenance: IncidentState[];
      upcomingMaintenance: IncidentState[];
      uptime: Map<string, ComponentUptime>;
      warnings: Diagnostic[];
      caches: Caches;
    }>();
  });

  test('the overall status: a Statuspage indicator, a sentence and every component', () => {
    expectTypeOf<OverallStatus>().toEqualTypeOf<{ indicator: Indicator; description: string; components: Map<string, ComponentStatus> }>();
    expectTypeOf<Indicator>().toEqualTypeOf<'none' | 'minor' | 'major' | 'critical' | 'maintenance'>();
  });

  test('uptime per component and per day', () => {
    expectTypeOf<ComponentUptime>().toEqualTypeOf<{ component: string; days: DayUptime[]; uptime: number }>();
    expectTypeOf<DayUptime>().toEqualTypeOf<{
      date: string;
      uptime: number;
      downtimeMs: number;
      worst: ComponentStatus;
      incidents: string[];
    }>();
  });
});

describe('ContentError', () => {
  test('a refused build says why in its findings, which a catcher reads but cannot replace', () => {
    expectTypeOf<ContentError>().toExtend<Error>();
    expectTypeOf<ContentError['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<ConstructorParameters<typeof ContentError>>().toEqualTypeOf<[diagnostics: Diagnostic[]]>();
    // @ts-expect-error the findings are read-only
    new ContentError([]).diagnostics = [];
  });
});

describe('IncidentState', () => {
  test('every field: maintenance and end are the optional ones', () => {
    expectTypeOf<IncidentState>().toEqualTypeOf<{
      incident: Incident;
      status: UpdateStatus;
      open: boolean;
      maintenance?: MaintenanceState;
      start: Date;
      end?: Date;
      durationMs: number;
      current: Map<string, ComponentStatus>;
      segments: Segment[];
    }>();
  });

  test('a maintenance is upcoming, in progress, completed or cancelled, and nothing else', () => {
    expectTypeOf<MaintenanceState>().toEqualTypeOf<'upcoming' | 'in_progress' | 'completed' | 'cancelled'>();
    expectTypeOf<'scheduled'>().not.toExtend<MaintenanceState>();
  });

  test('a segment: one component in one status, from and to in epoch milliseconds', () => {
    expectTypeOf<Segment>().toEqualTypeOf<{ component: string; from: number; to: number; status: ComponentStatus; incident: string }>();
  });
});
