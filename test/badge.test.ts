import { beforeAll, describe, expect, it } from 'vitest';
import { componentBadge, overallBadge } from '../src/core/outputs/badge.ts';
import { readSiteModel } from '../src/core/pipeline.ts';
import type { SiteModel } from '../src/core/site/site.ts';
import { parseXml } from './helpers/outputs.ts';
import { FILES, HOSTILE_COMPONENT, makeStatusFixture, NOW } from './helpers/status-fixture.ts';

let model: SiteModel;

beforeAll(() => {
  model = readSiteModel(makeStatusFixture(), new Date(NOW));
});

function read(svg: string) {
  const root = parseXml(svg).svg;
  return {
    title: root.title as string,
    label: root['@aria-label'] as string,
    role: root['@role'] as string,
    fill: root.g[0].rect[1]['@fill'] as string,
  };
}

describe('badges', () => {
  it('the overall badge says the status in words, with an accessible title and role', () => {
    expect(read(overallBadge(model))).toEqual({
      title: 'status: Partial outage',
      label: 'status: Partial outage',
      role: 'img',
      fill: '#bc4c00',
    });
  });

  it('a component badge says the component and its status', () => {
    expect(read(componentBadge(model, 'dashboard'))).toMatchObject({ title: 'Dashboard: Degraded performance', fill: '#9a6700' });
    expect(read(componentBadge(model, 'email'))).toMatchObject({ title: `${HOSTILE_COMPONENT}: Under maintenance`, fill: '#0969da' });
  });

  it('is green and "All systems operational" on a quiet day', () => {
    const quiet = readSiteModel(
      makeStatusFixture({ files: { 'incidents/2026-11-10-cert-renewal.md': FILES['incidents/2026-11-10-cert-renewal.md']! } }),
      new Date(NOW),
    );
    expect(read(overallBadge(quiet))).toMatchObject({ title: 'status: All systems operational', fill: '#1a7f37' });
    expect(read(componentBadge(quiet, 'api'))).toMatchObject({ title: 'REST API: Operational', fill: '#1a7f37' });
  });

  it('escapes hostile component names: the SVG parses and reads back the name exactly', () => {
    const svg = componentBadge(model, 'email');
    expect(svg).not.toContain('<fast>');
    expect(read(svg).label).toBe(`${HOSTILE_COMPONENT}: Under maintenance`);
  });

  it('is tiny and deterministic', () => {
    for (const svg of [overallBadge(model), componentBadge(model, 'api')]) expect(Buffer.byteLength(svg)).toBeLessThan(2048);
    expect(overallBadge(readSiteModel(makeStatusFixture(), new Date(NOW)))).toBe(overallBadge(model));
  });

  it('keeps the internal ids of component badges apart, so several can be inlined in one page', () => {
    expect(componentBadge(model, 'api')).toContain('clip-path="url(#rapi)"');
    expect(componentBadge(model, 'dashboard')).toContain('clip-path="url(#rdashboard)"');
  });
});
