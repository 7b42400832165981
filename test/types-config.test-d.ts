/**
 * status.config.yaml's types (issue #12: the integration's options and scripts take them): what a
 * team must write (the schema's input) and what the code reads after defaults (SiteConfig, its output).
 */
import type { Messages } from '../src/core/i18n/message-key.ts';
import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { ComponentGroup, LoadedConfig } from '../src/core/content/config/config.ts';
import type {
  ComponentConfig,
  ConfigSchema,
  FeedsConfig,
  NotificationsConfig,
  Policy,
  SiteConfig,
  StyleConfig,
  TimeFormat,
} from '../src/core/content/config/config-schema.ts';

type ConfigInput = z.input<typeof ConfigSchema>;

/** The keys a value of T must have. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

describe('the schema input: what a team writes', () => {
  test('only name, url and components are required; everything else has a default or may be left out', () => {
    expectTypeOf<RequiredKeys<ConfigInput>>().toEqualTypeOf<'name' | 'url' | 'components'>();
    expectTypeOf<keyof ConfigInput>().toEqualTypeOf<keyof SiteConfig>();
    const smallest = {
      name: 'Acme Status',
      url: 'https://status.acme.example/',
      components: [{ id: 'api', name: 'API' }],
    } satisfies ConfigInput;
    void smallest;
  });

  test('a missing component name, or a time format other than 24h and 12h, is refused', () => {
    // @ts-expect-error a component needs its name
    const nameless = { name: 'Acme', url: 'https://a.example/', components: [{ id: 'api' }] } satisfies ConfigInput;
    const clock = {
      name: 'Acme',
      url: 'https://a.example/',
      components: [{ id: 'api', name: 'API' }],
      // @ts-expect-error time_format is "24h" or "12h"
      time_format: '24',
    } satisfies ConfigInput;
    void nameless;
    void clock;
  });
});

describe('SiteConfig: what the code reads', () => {
  test('is the schema output, with every default filled in', () => {
    expectTypeOf<SiteConfig>().toEqualTypeOf<z.output<typeof ConfigSchema>>();
    expectTypeOf<RequiredKeys<SiteConfig>>().toEqualTypeOf<
      | 'name'
      | 'url'
      | 'time_zone'
      | 'time_format'
      | 'components'
      | 'policy'
      | 'rules'
      | 'style'
      | 'feeds'
      | 'notifications'
      | 'timekeeper'
      | 'opened_in_error'
      | 'stale_after'
    >();
    expectTypeOf<SiteConfig['time_format']>().toEqualTypeOf<TimeFormat>();
    expectTypeOf<TimeFormat>().toEqualTypeOf<'24h' | '12h'>();
  });

  test('the optional sections, field by field', () => {
    expectTypeOf<SiteConfig['description']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SiteConfig['logo']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SiteConfig['support']>().toEqualTypeOf<{ email?: string; url?: string; phone?: string } | undefined>();
    expectTypeOf<SiteConfig['links']>().toEqualTypeOf<{ label: string; url: string }[] | undefined>();
    expectTypeOf<SiteConfig['theme']>().toEqualTypeOf<{ accent?: string } | undefined>();
  });

  test('components, policy, style, feeds and notifications', () => {
    expectTypeOf<ComponentConfig>().toEqualTypeOf<{ id: string; name: string; group?: string; description?: string }>();
    expectTypeOf<Policy>().toEqualTypeOf<{
      first_update_minutes: number;
      update_interval_minutes: number;
      report_due_minutes: number;
      maintenance_notice_hours: number;
    }>();
    expectTypeOf<StyleConfig>().toEqualTypeOf<{
      audience: 'developers' | 'general';
      jargon?: Record<string, string | false>;
      max_sentence_words: number;
    }>();
    expectTypeOf<FeedsConfig>().toEqualTypeOf<{ max_items: number; max_days?: number }>();
    expectTypeOf<NotificationsConfig>().toEqualTypeOf<{
      slack: boolean;
      teams: boolean;
      discord: boolean;
      webhook: boolean;
      email: boolean;
    }>();
    expectTypeOf<SiteConfig['rules'][string]>().toEqualTypeOf<'error' | 'warning' | 'off' | undefined>();
  });

  test('the loaded config: the config, its groups and the components by id', () => {
    expectTypeOf<LoadedConfig>().toEqualTypeOf<{
      config: SiteConfig;
      groups: ComponentGroup[];
      componentsById: Map<string, ComponentConfig>;
      locale: string;
      messages: Messages;
    }>();
    expectTypeOf<ComponentGroup>().toEqualTypeOf<{ id: string; name: string; components: ComponentConfig[] }>();
  });
});
