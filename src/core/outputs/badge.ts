import { makeBadge } from 'badge-maker';
import { OVERALL_MESSAGE, type Indicator } from '../status/overall.ts';
import { translatorOf } from '../site/translator.ts';
import type { SiteModel } from '../site/site.ts';
import { COMPONENT_STATUS_MESSAGE, type ComponentStatus } from '../content/statuses.ts';
import { xmlChars } from '../shared/text-safety.ts';

/**
 * Status badges (`badge.svg`, `components/<id>/badge.svg`) to embed in a README or a dashboard.
 * badge-maker (Shields.io's renderer) builds the SVG with an XML writer that escapes every text,
 * and gives it `role="img"`, an `aria-label` and a `<title>` ("REST API: Partial outage"), so it
 * reads the same to a screen reader as it looks. The colour is never the only signal: the words
 * say the status. About 1.5 KB.
 */

export const BADGE_MEDIA_TYPE = 'image/svg+xml';

/** Dark enough for white text: each has a contrast of at least 4.5:1 with white (WCAG AA). */
const INDICATOR_COLOURS: Record<Indicator, string> = {
  none: '#1a7f37',
  minor: '#9a6700',
  major: '#bc4c00',
  critical: '#cf222e',
  maintenance: '#0969da',
};

const STATUS_INDICATOR: Record<ComponentStatus, Indicator> = {
  operational: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  under_maintenance: 'maintenance',
};

export interface BadgeFace {
  label: string;
  message: string;
  color: string;
}

export function overallBadgeFace(model: SiteModel): BadgeFace {
  const { t } = translatorOf(model);
  return {
    label: t('badge.label'),
    message: t(OVERALL_MESSAGE[model.overall.indicator]),
    color: INDICATOR_COLOURS[model.overall.indicator],
  };
}

export function componentBadgeFace(model: SiteModel, id: string): BadgeFace {
  const component = model.site.componentsById.get(id);
  if (!component) throw new Error(`no component "${id}" in the config`);
  const status = model.overall.components.get(id) ?? 'operational';
  return {
    label: component.name,
    message: translatorOf(model).t(COMPONENT_STATUS_MESSAGE[status]),
    color: INDICATOR_COLOURS[STATUS_INDICATOR[status]],
  };
}

/** `idSuffix` keeps the SVG's internal ids apart when several badges are inlined into one page. */
export function renderBadge(face: BadgeFace, idSuffix = ''): string {
  return makeBadge({
    label: xmlChars(face.label),
    message: xmlChars(face.message),
    color: face.color,
    labelColor: '#555',
    style: 'flat',
    idSuffix: idSuffix.replace(/[^a-zA-Z0-9_-]/g, ''),
  });
}

export function overallBadge(model: SiteModel): string {
  return renderBadge(overallBadgeFace(model));
}

export function componentBadge(model: SiteModel, id: string): string {
  return renderBadge(componentBadgeFace(model, id), id);
}
