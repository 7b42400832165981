/**
 * The parsed content's public types (issue #12 exports them): the vocabularies as literal unions
 * and read-only lists, and Incident and Update field by field, so a renamed, widened or newly
 * optional field fails here before it reaches a package user.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { AffectedComponent, ComponentChange, Incident, IncidentKind, Update } from '../src/core/content/model.ts';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
  type ComponentStatus,
  type Impact,
  type IncidentStatus,
  type MaintenanceStatus,
  type UpdateStatus,
} from '../src/core/content/statuses.ts';

describe('the vocabularies', () => {
  test('each is exactly its listed words', () => {
    expectTypeOf<Impact>().toEqualTypeOf<'none' | 'minor' | 'major' | 'critical'>();
    expectTypeOf<ComponentStatus>().toEqualTypeOf<
      'operational' | 'under_maintenance' | 'degraded_performance' | 'partial_outage' | 'major_outage'
    >();
    expectTypeOf<IncidentStatus>().toEqualTypeOf<'investigating' | 'identified' | 'monitoring' | 'update' | 'resolved'>();
    expectTypeOf<MaintenanceStatus>().toEqualTypeOf<'scheduled' | 'in_progress' | 'verifying' | 'update' | 'completed' | 'cancelled'>();
    expectTypeOf<UpdateStatus>().toEqualTypeOf<IncidentStatus | MaintenanceStatus>();
    expectTypeOf<IncidentKind>().toEqualTypeOf<'incident' | 'maintenance'>();
  });

  test('a word outside the list is refused, and no union is widened to string', () => {
    expectTypeOf<'severe'>().not.toExtend<Impact>();
    expectTypeOf<'degraded'>().not.toExtend<ComponentStatus>();
    expectTypeOf<string>().not.toExtend<Impact>();
    expectTypeOf<string>().not.toExtend<UpdateStatus>();
    // @ts-expect-error an impact is one of none, minor, major, critical
    const impact: Impact = 'severe';
    void impact;
  });

  test('the lists are read-only tuples in their documented order', () => {
    expectTypeOf(IMPACTS).toEqualTypeOf<readonly ['none', 'minor', 'major', 'critical']>();
    expectTypeOf(COMPONENT_STATUSES).toEqualTypeOf<
      readonly ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage']
    >();
    expectTypeOf(INCIDENT_STATUSES).toEqualTypeOf<readonly ['investigating', 'identified', 'monitoring', 'update', 'resolved']>();
    expectTypeOf(MAINTENANCE_STATUSES).toEqualTypeOf<
      readonly ['scheduled', 'in_progress', 'verifying', 'update', 'completed', 'cancelled']
    >();
    // @ts-expect-error a package user cannot add an impact to the list the check uses
    IMPACTS.push('severe');
  });
});

describe('Incident and Update', () => {
  test('Incident: every field, with what is required and what is optional', () => {
    expectTypeOf<Incident>().toEqualTypeOf<{
      id: string;
      file: string;
      kind: IncidentKind;
      title: string;
      impact: Impact;
      components: ComponentChange[];
      started: Date;
      resolved?: Date;
      eta?: Date;
      workaround?: string;
      window?: { start: Date; end: Date };
      owners: string[];
      summary?: string;
      updates: Update[];
      report?: { markdown: string; line: number };
      openedInError?: true;
    }>();
  });

  test('Update: every field, all required', () => {
    expectTypeOf<Update>().toEqualTypeOf<{
      anchor: string;
      at: Date;
      status: UpdateStatus;
      effectiveStatus: UpdateStatus;
      markdown: string;
      changes: ComponentChange[];
      affected: AffectedComponent[];
      line: number;
    }>();
  });

  test('a component change names a component and one of the component statuses', () => {
    expectTypeOf<ComponentChange>().toEqualTypeOf<{ component: string; status: ComponentStatus }>();
    expectTypeOf<AffectedComponent>().toEqualTypeOf<{ component: string; old_status: ComponentStatus; new_status: ComponentStatus }>();
    // @ts-expect-error "down" is how a person writes it; the parsed content holds major_outage
    const change: ComponentChange = { component: 'api', status: 'down' };
    void change;
  });
});
